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
 * @param template the card's JSON text with {@value #MODEL} where the model's name goes
 */
record Workflow(Client client, String author, String reviewer, JsonNode card, String template) {
    /** The six requests of a workflow, in order, as the driver reports their times. */
    static final List<String> STEPS = List.of("create model", "create version", "upload card", "submit", "approve", "publish");

    /** Where the card's text ({@code template}) has the model's name, which makes each card's summary unique. */
    private static final String MODEL = "@MODEL@";

    /** The workflow of {@code card}, its text serialized once with a place for the model's name in the summary. */
    Workflow(Client client, String author, String reviewer, JsonNode card) {
        this(client, author, reviewer, card, template(card));
    }

    private static String template(JsonNode card) {
        ObjectNode copy = card.deepCopy();
        ((ObjectNode) copy.path("details")).put("summary", "Registry load card " + MODEL + ".");
        return Client.text(copy);
    }

    /** Publishes a new card as model {@code model}; returns the path of its version. Fails on any unexpected answer. */
    String publish(String model) {
        return publish(model, new long[STEPS.size()]);
    }

    /**
     * Publishes a new card as model {@code model}, writing each request's time in nanoseconds into {@code nanos} (in the
     * order of {@link #STEPS}); returns the path of its version. Fails on any unexpected answer.
     */
    String publish(String model, long[] nanos) {
        long t = System.nanoTime();
        client.check("POST", "/api/v1/models", author, "{\"name\":\"" + model + "\"}", 201);
        t = lap(nanos, 0, t);
        return versionSteps(model, "1.0.0", template.replace(MODEL, model), nanos, t);
    }

    /**
     * Publishes a new version {@code version} of the existing model {@code model}, as a team retraining one model does:
     * the five requests after the model's creation (create version, upload, submit, approve, publish), each timed into
     * {@code nanos} from index 1 ({@code nanos[0]}, the model's creation, is 0). Fails on any unexpected answer.
     */
    void publishVersion(String model, String version, long[] nanos) {
        nanos[0] = 0;
        versionSteps(model, version, template.replace(MODEL, model + " " + version), nanos, System.nanoTime());
    }

    /** The five requests from the version's creation to its publish, timed into {@code nanos[1..5]} from {@code t}. */
    private String versionSteps(String model, String version, String body, long[] nanos, long t) {
        String v = "/api/v1/models/" + model + "/versions/" + version;
        client.check("POST", "/api/v1/models/" + model + "/versions", author, "{\"version\":\"" + version + "\"}", 201);
        t = lap(nanos, 1, t);
        client.check("PUT", v + "/card", author, body, 200);
        t = lap(nanos, 2, t);
        client.check("POST", v + "/submit", author, null, 200);
        t = lap(nanos, 3, t);
        client.check("POST", v + "/approve", reviewer, "{}", 200);
        t = lap(nanos, 4, t);
        client.check("POST", v + "/publish", author, null, 200);
        lap(nanos, 5, t);
        return v;
    }

    /** Creates the model {@code model} (for {@link #publishVersion}); fails on any unexpected answer. */
    void createModel(String model) {
        client.check("POST", "/api/v1/models", author, "{\"name\":\"" + model + "\"}", 201);
    }

    private static long lap(long[] nanos, int step, long since) {
        long now = System.nanoTime();
        nanos[step] = now - since;
        return now;
    }
}
