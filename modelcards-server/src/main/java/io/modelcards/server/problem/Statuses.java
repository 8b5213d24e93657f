package io.modelcards.server.problem;

import java.util.Map;

/** The fixed titles of the statuses the API answers with. */
final class Statuses {
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not found"), Map.entry(405, "Method not allowed"), Map.entry(406, "Not acceptable"),
            Map.entry(409, "Conflict"), Map.entry(412, "Precondition failed"), Map.entry(413, "Content too large"),
            Map.entry(415, "Unsupported media type"), Map.entry(422, "Unprocessable content"),
            Map.entry(500, "Internal server error"), Map.entry(503, "Service unavailable"));

    private Statuses() {
    }

    /** The title of {@code status}, or a generic one. */
    static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "Server error" : "Request refused");
    }
}
