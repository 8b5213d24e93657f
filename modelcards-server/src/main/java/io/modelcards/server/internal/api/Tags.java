package io.modelcards.server.internal.api;

import io.javalin.http.Context;
import io.modelcards.codec.ContentHash;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.problem.SecurityHeaders;

/** Entity tags: reads carry {@code ETag: "<revision hash>"}, writes pass {@code If-Match} to the registry. */
final class Tags {
    private Tags() {
    }

    /** Sets the ETag of {@code hash} (and revalidating caching) on the response. */
    static void etag(Context ctx, ContentHash hash) {
        if (hash != null) {
            ctx.header("ETag", "\"" + hash + "\"");
            SecurityHeaders.revalidate(ctx);
        }
    }

    /** Whether the request's {@code If-None-Match} names {@code hash}: then the reply is 304 with no body. */
    static boolean notModified(Context ctx, ContentHash hash) {
        String header = ctx.header("If-None-Match");
        if (hash == null || header == null) {
            return false;
        }
        for (String tag : header.split(",")) {
            String t = unquote(tag.trim());
            if (t.equals("*") || t.equals(hash.toString())) {
                etag(ctx, hash);
                ctx.status(304);
                return true;
            }
        }
        return false;
    }

    /** The revision hash of the request's {@code If-Match}, or null when absent or {@code *}; 400 when malformed. */
    static ContentHash ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = unquote(header.trim());
        try {
            return ContentHash.parse(tag);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "request/bad-if-match", "If-Match must be the ETag a read returned, "
                    + "\"sha256:<64 hex digits>\"");
        }
    }

    private static String unquote(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
