package io.modelcards.server.problem;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The headers every response carries: no MIME sniffing, no framing, no referrer, a content security policy that lets
 * a rendered card load nothing from anywhere, and no caching unless a read says otherwise (reads with an ETag revalidate).
 */
public final class SecurityHeaders {
    /** The content security policy: nothing loads, nothing runs; inline SVG charts and data: images still show. */
    public static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The headers and their values, in the order they are set; {@code Cache-Control} last (reads may change it). */
    public static final List<Map.Entry<String, String>> ALL = List.of(
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("X-Frame-Options", "DENY"),
            Map.entry("Referrer-Policy", "no-referrer"),
            Map.entry("Content-Security-Policy", CSP),
            Map.entry("Cache-Control", "no-store"));
    /** The Cache-Control value of a read that carries an ETag: cacheable if revalidated. */
    public static final String REVALIDATE = "no-cache";

    /**
     * The web UI's content security policy: its own stylesheet and scripts only, nothing inline, forms post only here,
     * no framing; data: images for the cards' charts.
     */
    public static final String UI_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Sets the headers on {@code ctx}'s response. */
    public static void apply(Context ctx) {
        for (Map.Entry<String, String> h : ALL) {
            ctx.header(h.getKey(), h.getValue());
        }
    }

    /**
     * Switches {@code ctx}'s response, whose other headers {@link #apply} set, to the web UI's content security policy
     * {@link #UI_CSP}: the UI's handlers and assets call it, everything else keeps the API's stricter one.
     */
    public static void forUi(Context ctx) {
        ctx.header("Content-Security-Policy", UI_CSP);
    }

    /** Marks {@code ctx}'s response as cacheable if revalidated: for reads that carry an ETag. */
    public static void revalidate(Context ctx) {
        ctx.header("Cache-Control", REVALIDATE);
    }
}
