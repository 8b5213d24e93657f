package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class AnonymousReadTest {
    private static final String MODEL = "/api/v1/models/sentiment/versions/";

    @StorageTest
    void withAnonymousReadsAPublishedCardIsReadableWithoutAToken(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, ServerConfig.defaults(home).withAnonymousRead(true))) {
            Http http = publishedAndDraft(server);
            Http.Reply published = http.get(MODEL + "1.0.0/card?format=md", null);
            assertThat(published.status()).isEqualTo(200);
            assertThat(published.header("Content-Type")).startsWith("text/markdown");
            assertThat(http.get(MODEL + "latest-published/card?format=html", null).status()).isEqualTo(200);
        }
    }

    @StorageTest
    void withAnonymousReadsAnUnpublishedCardAndEveryOtherReadStillNeedAToken(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, ServerConfig.defaults(home).withAnonymousRead(true))) {
            Http http = publishedAndDraft(server);
            assertThat(http.get(MODEL + "2.0.0/card", null).status()).isEqualTo(401);
            assertThat(http.get(MODEL + "1.0.0", null).status()).isEqualTo(401);
            assertThat(http.get("/api/v1/models", null).status()).isEqualTo(401);
            assertThat(http.get("/api/v1/audit", null).status()).isEqualTo(401);
        }
    }

    @StorageTest
    void withoutAnonymousReadsEvenAPublishedCardNeedsAToken(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = publishedAndDraft(server);
            Http.Reply r = http.get(MODEL + "1.0.0/card?format=md", null);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("code").asText()).isEqualTo("auth/token-required");
        }
    }

    /** Model sentiment with version 1.0.0 published and 2.0.0 a draft; returns the client. */
    private static Http publishedAndDraft(RegistryServer server) {
        Http http = new Http(server.url());
        String admin = Servers.adminToken(server);
        String ann = Users.add(http, admin, "ann", "author");
        String rita = Users.add(http, admin, "rita", "reviewer");
        http.post("/api/v1/models", ann, "{\"name\":\"sentiment\"}");
        for (String v : new String[] {"1.0.0", "2.0.0"}) {
            http.post("/api/v1/models/sentiment/versions", ann, "{\"version\":\"" + v + "\"}");
            http.call("PUT", MODEL + v + "/card").token(ann).json(Cards.json("words " + v)).send();
        }
        for (String[] step : new String[][] {{"submit", ann}, {"approve", rita}, {"publish", ann}}) {
            Http.Reply r = http.post(MODEL + "1.0.0/" + step[0], step[1], null);
            if (r.status() != 200) {
                throw new IllegalStateException(step[0] + ": " + r);
            }
        }
        return http;
    }
}
