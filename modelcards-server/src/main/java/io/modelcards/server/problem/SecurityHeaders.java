package io.modelcards.server.problem;

import io.javalin.http.Context;

/**
 * The headers every response carries: no MIME sniffing, no framing, no referrer, a content security policy that lets
 * a rendered card load nothing from anywhere, and no caching unless a read says otherwise (reads with an ETag revalidate).
 */
public final class SecurityHeaders {
    /** The content security policy: nothing loads, nothing runs; inline SVG charts and data: images still show. */
    public static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers on {@code ctx}'s response. */
    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-store");
    }

    /** Marks {@code ctx}'s response as cacheable if revalidated: for reads that carry an ETag. */
    public static void revalidate(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
    }
}
