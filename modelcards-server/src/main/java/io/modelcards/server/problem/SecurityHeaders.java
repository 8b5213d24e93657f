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

    /** Sets the headers on {@code ctx}'s response. */
    public static void apply(Context ctx) {
        for (Map.Entry<String, String> h : ALL) {
            ctx.header(h.getKey(), h.getValue());
        }
    }

    /** Marks {@code ctx}'s response as cacheable if revalidated: for reads that carry an ETag. */
    public static void revalidate(Context ctx) {
        ctx.header("Cache-Control", REVALIDATE);
    }
}
