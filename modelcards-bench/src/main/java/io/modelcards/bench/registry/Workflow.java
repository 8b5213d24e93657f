package io.modelcards.bench.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One card taken through the whole review workflow over the API: the author creates the model and its version 1.0.0,
 * uploads the card (its summary made unique), submits it, the reviewer approves it and the author publishes it.
 *
 * @param client   the API client
 * @param author   the author's token
 * @param reviewer the reviewer's token
 * @param card     the card's JSON, which passes the registry's rule packs
 */
record Workflow(Client client, String author, String reviewer, JsonNode card) {
    /** Publishes a new card as model {@code model}; returns the path of its version. Fails on any unexpected answer. */
    String publish(String model) {
        ObjectNode copy = card.deepCopy();
        ((ObjectNode) copy.path("details")).put("summary", "Registry load card " + model + ".");
        String v = "/api/v1/models/" + model + "/versions/1.0.0";
        client.send("POST", "/api/v1/models", author, "{\"name\":\"" + model + "\"}", 201);
        client.send("POST", "/api/v1/models/" + model + "/versions", author, "{\"version\":\"1.0.0\"}", 201);
        client.send("PUT", v + "/card", author, Client.text(copy), 200);
        client.send("POST", v + "/submit", author, null, 200);
        client.send("POST", v + "/approve", reviewer, "{}", 200);
        client.send("POST", v + "/publish", author, null, 200);
        return v;
    }
}
