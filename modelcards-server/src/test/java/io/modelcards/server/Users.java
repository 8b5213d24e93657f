package io.modelcards.server;

/** Adds users through the API for the tests and returns their tokens. */
final class Users {
    private Users() {
    }

    /** Adds user {@code name} with {@code role} as the admin, and returns a fresh token for it. */
    static String add(Http http, String adminToken, String name, String role) {
        Http.Reply user = http.post("/api/v1/users", adminToken, "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        if (user.status() != 201) {
            throw new IllegalStateException("cannot add " + name + ": " + user);
        }
        Http.Reply token = http.post("/api/v1/users/" + name + "/tokens", adminToken, null);
        if (token.status() != 201) {
            throw new IllegalStateException("cannot issue a token for " + name + ": " + token);
        }
        return token.json().get("token").asText();
    }
}
