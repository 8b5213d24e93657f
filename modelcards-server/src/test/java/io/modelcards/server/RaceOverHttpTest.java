package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;

/** Two reviewers racing over HTTP on one revision: one wins, the other gets 409 or 412, and the audit chain holds. */
class RaceOverHttpTest {
    private static final int RACES = 20;

    @StorageTest
    void ofTwoRacingReviewDecisionsExactlyOneWins(TestDatabase db, @TempDir Path home) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            String admin = Servers.adminToken(server);
            String ann = Users.add(http, admin, "ann", "author");
            String rita = Users.add(http, admin, "rita", "reviewer");
            String rex = Users.add(http, admin, "rex", "reviewer");
            http.post("/api/v1/models", ann, "{\"name\":\"sentiment\"}");
            for (int i = 0; i < RACES; i++) {
                String v = "/api/v1/models/sentiment/versions/r" + i;
                http.post("/api/v1/models/sentiment/versions", ann, "{\"version\":\"r" + i + "\"}");
                String etag = http.call("PUT", v + "/card").token(ann).json(Cards.json("race " + i)).send().header("ETag");
                http.call("POST", v + "/submit").token(ann).header("If-Match", etag).send();
                int before = auditSize(http, admin);
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Integer> approve = CompletableFuture.supplyAsync(() -> race(start,
                        () -> http.call("POST", v + "/approve").token(rita).header("If-Match", etag).send()), pool);
                CompletableFuture<Integer> reject = CompletableFuture.supplyAsync(() -> race(start,
                        () -> http.call("POST", v + "/request-changes").token(rex).header("If-Match", etag)
                                .json("{\"comment\":\"not yet\"}").send()), pool);
                List<Integer> statuses = List.of(approve.get(), reject.get());
                assertThat(statuses).as("race " + i).containsOnlyOnce(200);
                assertThat(statuses.stream().filter(s -> s != 200).collect(Collectors.toList())).allMatch(s -> s == 409 || s == 412);
                assertThat(auditSize(http, admin)).as("one audit entry for the winner").isEqualTo(before + 1);
            }
            JsonNode entries = http.get("/api/v1/audit?limit=5000", admin).json().get("items");
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).get("prev_hash").asText()).isEqualTo(entries.get(i - 1).get("hash").asText());
                assertThat(entries.get(i).get("seq").asLong()).isEqualTo(entries.get(i - 1).get("seq").asLong() + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int race(CyclicBarrier start, Supplier<Http.Reply> request) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return request.get().status();
    }

    private static int auditSize(Http http, String admin) {
        return http.get("/api/v1/audit?limit=5000", admin).json().get("items").size();
    }
}
