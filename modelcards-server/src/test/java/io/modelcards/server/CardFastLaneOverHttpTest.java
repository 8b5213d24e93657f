package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;

/** The card fast lane answers exactly as the REST handler does, and steps aside whenever it could not. */
class CardFastLaneOverHttpTest {
    private static final String V = Drafts.V;

    @StorageTest
    void theLaneAnswersARepeatedReadWithTheHandlersStatusHeadersAndBytes(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            String ann = Drafts.add(http, Servers.adminToken(server), "words").author();
            for (String format : List.of("md", "html", "json")) {
                String path = V + "/card?format=" + format;
                Http.Reply viaHandler = http.call("GET", path).token(ann).header("Accept-Encoding", "identity").send();
                long before = server.cardsServedFromMemory();
                Http.Reply viaLane = http.get(path, ann);
                assertThat(server.cardsServedFromMemory()).as(format).isEqualTo(before + 1);
                assertThat(viaLane.status()).isEqualTo(viaHandler.status()).isEqualTo(200);
                assertThat(viaLane.body()).isEqualTo(viaHandler.body());
                assertThat(comparable(viaLane.headers())).isEqualTo(comparable(viaHandler.headers()));
            }
        }
    }

    @StorageTest
    void aRefusedOrConditionalReadIsLeftToTheHandler(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            String ann = Drafts.add(http, Servers.adminToken(server), "words").author();
            Http.Reply first = http.get(V + "/card?format=md", ann);
            long before = server.cardsServedFromMemory();
            assertThat(http.get(V + "/card?format=md", null).status()).isEqualTo(401);
            assertThat(http.get(V + "/card?format=md", "mc_" + "A".repeat(43)).status()).isEqualTo(401);
            assertThat(http.call("GET", V + "/card?format=md").token(ann).header("If-None-Match", first.header("ETag")).send()
                    .status()).isEqualTo(304);
            assertThat(http.get(V + "/card?format=pdf", ann).status()).isEqualTo(400);
            assertThat(http.get("/api/v1/models/m/versions/9.9.9/card?format=md", ann).status()).isEqualTo(404);
            assertThat(server.cardsServedFromMemory()).isEqualTo(before);
        }
    }

    /** The headers without those that differ between any two responses (the date) or by framing (length or chunks). */
    private static Map<String, List<String>> comparable(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("date") && !k.equals(":status") && !k.equalsIgnoreCase("content-length")
                    && !k.equalsIgnoreCase("transfer-encoding")) {
                out.put(k, v);
            }
        });
        return out;
    }
}
