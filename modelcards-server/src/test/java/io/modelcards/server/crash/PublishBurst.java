package io.modelcards.server.crash;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes cards through the full workflow from several threads until stopped: each card is a new model whose
 * version 1.0.0 is created, uploaded, submitted and published by the author and approved by the reviewer. A publish
 * counts as acknowledged only when its 200 arrived.
 */
final class PublishBurst {
    private static final ModelCard BASE = Fixtures.card("classifier-sentiment");

    /**
     * A publish the server acknowledged.
     *
     * @param model   the model
     * @param version the version
     * @param hash    the content hash of the card that was uploaded, computed here
     */
    record Published(String model, String version, String hash) {}

    private final Api api;
    private final String author;
    private final String reviewer;
    private final String prefix;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Queue<Published> published = new ConcurrentLinkedQueue<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    PublishBurst(Api api, String author, String reviewer, String prefix) {
        this.api = api;
        this.author = author;
        this.reviewer = reviewer;
        this.prefix = prefix;
    }

    /** Starts {@code n} publishing threads. */
    PublishBurst start(int n) {
        for (int t = 0; t < n; t++) {
            int id = t;
            Thread thread = new Thread(() -> run(id), prefix + "-publisher-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    /** Waits until at least {@code k} publishes were acknowledged (or the burst failed); true when they were. */
    boolean awaitAcknowledged(int k, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (acknowledged.get() < k && System.currentTimeMillis() < deadline && threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(2);
        }
        return acknowledged.get() >= k;
    }

    /** Tells the threads to stop: from now on a transport failure is the expected end, not a failure. */
    void stop() {
        stopped.set(true);
    }

    /** Waits for the threads to end; call after {@link #stop()} and the kill. */
    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join(60_000);
        }
    }

    /** The acknowledged publishes. */
    List<Published> published() {
        return List.copyOf(published);
    }

    /** What went wrong other than the kill: unexpected statuses, and transport failures before {@link #stop()}. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void run(int thread) {
        for (int i = 0; !stopped.get(); i++) {
            String model = prefix + "-t" + thread + "-" + i;
            try {
                publishOne(model);
            } catch (IOException e) {
                if (!stopped.get()) {
                    failures.add(model + ": " + e);
                }
                return;
            }
        }
    }

    private void publishOne(String model) throws IOException {
        ModelCard card = BASE.withDetails(BASE.details().withSummary("Crash test card " + model + "."));
        String hash = ContentHash.of(card).toString();
        String v = "/api/v1/models/" + model + "/versions/1.0.0";
        if (!expect(model, "create model", 201, api.call("POST", "/api/v1/models", author, "{\"name\":\"" + model + "\"}"))
                || !expect(model, "create version", 201, api.call("POST", "/api/v1/models/" + model + "/versions", author,
                        "{\"version\":\"1.0.0\"}"))) {
            return;
        }
        Api.Reply upload = api.call("PUT", v + "/card", author, CardCodec.toJson(card));
        if (!expect(model, "upload", 200, upload)) {
            return;
        }
        if (!hash.equals(upload.json().path("hash").asText())) {
            failures.add(model + ": the upload answered hash " + upload.json().path("hash").asText() + ", not " + hash);
            return;
        }
        if (expect(model, "submit", 200, api.call("POST", v + "/submit", author, null))
                && expect(model, "approve", 200, api.call("POST", v + "/approve", reviewer, "{}"))
                && expect(model, "publish", 200, api.call("POST", v + "/publish", author, null))) {
            published.add(new Published(model, "1.0.0", hash));
            acknowledged.incrementAndGet();
        }
    }

    private boolean expect(String model, String step, int status, Api.Reply reply) {
        if (reply.status() == status) {
            return true;
        }
        failures.add(model + ": " + step + " answered " + reply);
        return false;
    }
}
