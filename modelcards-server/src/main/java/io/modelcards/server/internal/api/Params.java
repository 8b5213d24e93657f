package io.modelcards.server.internal.api;

import io.javalin.http.Context;
import io.modelcards.server.problem.ApiException;

/** Reads path and query parameters, refusing malformed ones with 400 naming the parameter. */
final class Params {
    private Params() {
    }

    /** The path parameter {@code name} as a number. */
    static long longPath(Context ctx, String name) {
        return parseLong(ctx.pathParam(name), name);
    }

    /** The query parameter {@code name} as an int, or {@code fallback} when absent. */
    static int intQuery(Context ctx, String name, int fallback) {
        String text = ctx.queryParam(name);
        return text == null ? fallback : (int) Math.min(Integer.MAX_VALUE, parseLong(text, name));
    }

    /** The query parameter {@code name} as a long, or {@code fallback} when absent. */
    static long longQuery(Context ctx, String name, long fallback) {
        String text = ctx.queryParam(name);
        return text == null ? fallback : parseLong(text, name);
    }

    private static long parseLong(String text, String name) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "request/bad-parameter", "the parameter " + name + " must be a whole number, not \""
                    + text + "\"");
        }
    }
}
