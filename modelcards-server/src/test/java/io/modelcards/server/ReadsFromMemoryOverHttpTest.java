package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The server answers repeated reads from memory; these tests show that a write is never hidden by that. */
class ReadsFromMemoryOverHttpTest {
    private static final String V = Drafts.V;

    @StorageTest
    void aTokenRevokedOverTheApiIsRefusedOnTheNextRequest(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            String admin = Servers.adminToken(server);
            String vic = Users.add(http, admin, "vic", "viewer");
            assertThat(http.get("/api/v1/models", vic).status()).isEqualTo(200);
            String id = http.get("/api/v1/users/vic/tokens", admin).json().at("/items/0/id").asText();
            assertThat(http.call("DELETE", "/api/v1/tokens/" + id).token(admin).send().status()).isEqualTo(204);
            Http.Reply refused = http.get("/api/v1/models", vic);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).contains("auth/bad-token");
        }
    }

    @StorageTest
    void aCardReadAgainAfterAnEditIsTheNewRevision(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            String admin = Servers.adminToken(server);
            Drafts.Draft draft = Drafts.add(http, admin, "first words");
            String ann = draft.author();
            String first = draft.etag();
            Http.Reply before = http.get(V + "/card?format=md", ann);
            assertThat(before.header("ETag")).isEqualTo(first);
            Http.Reply edit = http.call("PATCH", V + "/card").token(ann).header("If-Match", first).json(
                    "{\"edits\":[{\"op\":\"set\",\"pointer\":\"/uses/out_of_scope_use\",\"value\":\"Medical triage.\"}]}").send();
            Http.Reply after = http.get(V + "/card?format=md", ann);
            assertThat(after.header("ETag")).isEqualTo(edit.header("ETag")).isNotEqualTo(first);
            assertThat(after.body()).contains("Medical triage.");
        }
    }

    @StorageTest
    void aDraftStaysHiddenFromAnonymousReadersThoughItsCardIsInMemory(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, ServerConfig.defaults(home).withAnonymousRead(true))) {
            Http http = new Http(server.url());
            String admin = Servers.adminToken(server);
            String ann = Drafts.add(http, admin, "first words").author();
            assertThat(http.get(V + "/card?format=md", ann).status()).isEqualTo(200);
            assertThat(http.get(V + "/card?format=md", null).status()).isEqualTo(401);
        }
    }
}
