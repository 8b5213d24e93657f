package io.modelcards.bench.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

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
    /** The six requests of a workflow, in order, as the driver reports their times. */
    static final List<String> STEPS = List.of("create model", "create version", "upload card", "submit", "approve", "publish");

    /** Publishes a new card as model {@code model}; returns the path of its version. Fails on any unexpected answer. */
    String publish(String model) {
        return publish(model, new long[STEPS.size()]);
    }

    /**
     * Publishes a new card as model {@code model}, writing each request's time in nanoseconds into {@code nanos} (in the
     * order of {@link #STEPS}); returns the path of its version. Fails on any unexpected answer.
     */
    String publish(String model, long[] nanos) {
        ObjectNode copy = card.deepCopy();
        ((ObjectNode) copy.path("details")).put("summary", "Registry load card " + model + ".");
        String body = Client.text(copy);
        String v = "/api/v1/models/" + model + "/versions/1.0.0";
        long t = System.nanoTime();
        client.send("POST", "/api/v1/models", author, "{\"name\":\"" + model + "\"}", 201);
        t = lap(nanos, 0, t);
        client.send("POST", "/api/v1/models/" + model + "/versions", author, "{\"version\":\"1.0.0\"}", 201);
        t = lap(nanos, 1, t);
        client.send("PUT", v + "/card", author, body, 200);
        t = lap(nanos, 2, t);
        client.send("POST", v + "/submit", author, null, 200);
        t = lap(nanos, 3, t);
        client.send("POST", v + "/approve", reviewer, "{}", 200);
        t = lap(nanos, 4, t);
        client.send("POST", v + "/publish", author, null, 200);
        lap(nanos, 5, t);
        return v;
    }

    private static long lap(long[] nanos, int step, long since) {
        long now = System.nanoTime();
        nanos[step] = now - since;
        return now;
    }
}
