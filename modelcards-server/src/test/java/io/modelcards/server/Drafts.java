package io.modelcards.server;

/** Puts a draft through the API for the tests: author ann, model m, version 1.0.0, one uploaded card. */
final class Drafts {
    /** The version's path under the API. */
    static final String V = "/api/v1/models/m/versions/1.0.0";

    private Drafts() {
    }

    /** Adds ann as an author and her draft of m 1.0.0 with a card whose summary is {@code summary}. */
    static Draft add(Http http, String adminToken, String summary) {
        String ann = Users.add(http, adminToken, "ann", "author");
        http.post("/api/v1/models", ann, "{\"name\":\"m\"}");
        http.post("/api/v1/models/m/versions", ann, "{\"version\":\"1.0.0\"}");
        Http.Reply upload = http.call("PUT", V + "/card").token(ann).json(Cards.json(summary)).send();
        if (upload.status() != 200) {
            throw new IllegalStateException("cannot upload the draft's card: " + upload);
        }
        return new Draft(ann, upload.header("ETag"));
    }

    /**
     * A draft made by {@link #add}.
     *
     * @param author the author's token
     * @param etag   the uploaded card's ETag
     */
    record Draft(String author, String etag) {}
}
