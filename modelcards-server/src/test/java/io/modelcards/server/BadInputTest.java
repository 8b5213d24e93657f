package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;

/** Each bad request is refused with problem JSON and changes nothing: not the version, its card, nor the audit log. */
class BadInputTest {
    private static final String V = "/api/v1/models/sentiment/versions/1.0.0";

    @StorageTest
    void aMalformedCardIsUnprocessableWithItsLineAndColumn(TestDatabase db, @TempDir Path home) {
        refusedAndNothingChanged(db, home, (c) -> c.http.call("PUT", V + "/card").token(c.ann)
                .body("text/markdown", "---\nlicense: [apache-2.0\n---\n# A card\n".getBytes(StandardCharsets.UTF_8)).send(),
                422, problem -> {
                    assertThat(problem.at("/problems/0/line").asInt()).isPositive();
                    assertThat(problem.at("/problems/0/column").asInt()).isPositive();
                });
    }

    @StorageTest
    void anOversizedCardIsTooLarge(TestDatabase db, @TempDir Path home) {
        refusedAndNothingChanged(db, home, (c) -> c.http.call("PUT", V + "/card").token(c.ann)
                .body("text/markdown", ("# A card\n" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8)).send(),
                413, problem -> assertThat(problem.get("code").asText()).isEqualTo("http/too-large"));
    }

    @StorageTest
    void aCardInAnUnsupportedContentTypeIsRefused(TestDatabase db, @TempDir Path home) {
        refusedAndNothingChanged(db, home, (c) -> c.http.call("PUT", V + "/card").token(c.ann)
                .body("text/plain", Cards.json("other words").getBytes(StandardCharsets.UTF_8)).send(),
                415, problem -> assertThat(problem.get("detail").asText()).contains("text/plain"));
    }

    @StorageTest
    void anUnknownFieldIsABadRequestNamingIt(TestDatabase db, @TempDir Path home) {
        refusedAndNothingChanged(db, home, (c) -> c.http.call("PATCH", V + "/card").token(c.ann).json(
                "{\"edits\":[{\"op\":\"set\",\"pointer\":\"/uses/direct_use\",\"value\":\"x\"}],\"comment\":\"hi\"}").send(),
                400, problem -> {
                    assertThat(problem.get("code").asText()).isEqualTo("request/unknown-field");
                    assertThat(problem.get("pointer").asText()).isEqualTo("/comment");
                });
    }

    @StorageTest
    void anInvalidPointerIsUnprocessableNamingIt(TestDatabase db, @TempDir Path home) {
        refusedAndNothingChanged(db, home, (c) -> c.http.call("PATCH", V + "/card").token(c.ann).json(
                "{\"edits\":[{\"op\":\"set\",\"pointer\":\"/no_such/field\",\"value\":\"x\"}]}").send(),
                422, problem -> assertThat(problem.toString()).contains("/no_such/field"));
    }

    @StorageTest
    void aTransitionTheStateDoesNotAllowIsAConflict(TestDatabase db, @TempDir Path home) {
        refusedAndNothingChanged(db, home, (c) -> c.http.post(V + "/publish", c.ann, null),
                409, problem -> assertThat(problem.get("code").asText()).isEqualTo("workflow/not-allowed"));
    }

    @StorageTest
    void aWriteWithAStaleIfMatchFailsItsPrecondition(TestDatabase db, @TempDir Path home) {
        String stale = "\"sha256:" + "0".repeat(64) + "\"";
        refusedAndNothingChanged(db, home, (c) -> c.http.call("PUT", V + "/card").token(c.ann).header("If-Match", stale)
                .json(Cards.json("other words")).send(),
                412, problem -> assertThat(problem.get("code").asText()).isEqualTo("catalog/stale-revision"));
    }

    /** Sets up a draft with a card, sends {@code request}, checks the problem, and checks that nothing changed. */
    private static void refusedAndNothingChanged(TestDatabase db, Path home, Function<Client, Http.Reply> request, int status,
                                                 Consumer<JsonNode> check) {
        try (RegistryServer server = RegistryServer.start(ServerConfig.defaults(home).withJdbcUrl(db.jdbcUrl())
                .withMaxBodyBytes(64 * 1024))) {
            Http http = new Http(server.url());
            String admin = Servers.adminToken(server);
            Client c = new Client(http, admin, Users.add(http, admin, "ann", "author"));
            http.post("/api/v1/models", c.ann, "{\"name\":\"sentiment\"}");
            http.post("/api/v1/models/sentiment/versions", c.ann, "{\"version\":\"1.0.0\"}");
            assertThat(http.call("PUT", V + "/card").token(c.ann).json(Cards.json("first words")).send().status())
                    .isEqualTo(200);
            String before = snapshot(c);

            Http.Reply r = request.apply(c);
            assertThat(r.status()).as(r.body()).isEqualTo(status);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = r.json();
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("type").asText()).startsWith("https://modelcards.io/problems/");
            assertThat(problem.get("problems")).isNotEmpty();
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("mc_");
            check.accept(problem);
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    /** The version (state and revision), its card and the audit log's length, as one comparable text. */
    private static String snapshot(Client c) {
        JsonNode version = c.http.get(V, c.admin).json().get("version");
        String card = c.http.get(V + "/card", c.admin).body();
        int audit = c.http.get("/api/v1/audit?limit=1000", c.admin).json().get("items").size();
        return version.get("state").asText() + " " + version.get("revision").asText() + " " + audit + " " + card.hashCode();
    }

    /**
     * The test's client and tokens.
     *
     * @param http  the client
     * @param admin the admin's token
     * @param ann   the author's token
     */
    private record Client(Http http, String admin, String ann) {}
}
