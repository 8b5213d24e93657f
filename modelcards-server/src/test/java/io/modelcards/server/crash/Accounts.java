package io.modelcards.server.crash;

import java.io.IOException;

/** Adds users through the API as the admin and returns their tokens. */
final class Accounts {
    private Accounts() {
    }

    /** Adds user {@code name} with {@code role} and returns a fresh token for it. */
    static String add(Api api, String adminToken, String name, String role) throws IOException {
        Api.Reply user = api.call("POST", "/api/v1/users", adminToken, "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        if (user.status() != 201) {
            throw new IllegalStateException("cannot add " + name + ": " + user);
        }
        Api.Reply token = api.call("POST", "/api/v1/users/" + name + "/tokens", adminToken, null);
        if (token.status() != 201) {
            throw new IllegalStateException("cannot issue a token for " + name + ": " + token);
        }
        return token.json().get("token").asText();
    }
}
