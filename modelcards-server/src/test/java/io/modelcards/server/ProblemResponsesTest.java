package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class ProblemResponsesTest {
    @StorageTest
    void anUnknownRouteIsANotFoundProblem(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http.Reply r = new Http(server.url()).get("/api/v1/nothing-here", null);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("code").asText()).isEqualTo("http/not-found");
            assertThat(r.json().get("type").asText()).isEqualTo("https://modelcards.io/problems/http/not-found");
        }
    }

    @StorageTest
    void aRequestWithoutATokenIsUnauthorized(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http.Reply r = new Http(server.url()).get("/api/v1/users", null);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(r.json().get("code").asText()).isEqualTo("auth/token-required");
        }
    }

    @StorageTest
    void aBadTokenIsUnauthorized(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http.Reply r = new Http(server.url()).get("/api/v1/users", "mc_not-a-real-token");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("code").asText()).isEqualTo("auth/bad-token");
            assertThat(r.body()).doesNotContain("mc_not-a-real-token");
        }
    }

    @StorageTest
    void aRoleWithoutTheCapabilityIsForbidden(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            String viewer = Users.add(http, Servers.adminToken(server), "vera", "viewer");
            Http.Reply r = http.get("/api/v1/users", viewer);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("code").asText()).isEqualTo("auth/forbidden");
            assertThat(r.json().get("detail").asText()).isEqualTo("a viewer may not call GET /api/v1/users: it needs the "
                    + "capability administer; ask an admin for a role that has it");
        }
    }

    @StorageTest
    void anUnknownFieldIsABadRequestNamingIt(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            Http.Reply r = http.post("/api/v1/users", Servers.adminToken(server), "{\"name\":\"x\",\"role\":\"viewer\",\"rol\":1}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("code").asText()).isEqualTo("request/unknown-field");
            assertThat(r.json().get("pointer").asText()).isEqualTo("/rol");
            assertThat(r.json().get("detail").asText()).contains("\"rol\"");
            assertThat(http.get("/api/v1/users", Servers.adminToken(server)).json()).hasSize(1);
        }
    }

    @StorageTest
    void aWrongContentTypeIsUnsupported(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            Http.Reply r = http.call("POST", "/api/v1/users").token(Servers.adminToken(server))
                    .body("text/plain", "{\"name\":\"x\",\"role\":\"viewer\"}".getBytes(StandardCharsets.UTF_8))
                    .send();
            assertThat(r.status()).isEqualTo(415);
            assertThat(r.json().get("code").asText()).isEqualTo("request/media-type");
        }
    }

    @StorageTest
    void anOversizedBodyIsTooLarge(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = RegistryServer.start(ServerConfig.defaults(home).withJdbcUrl(db.jdbcUrl())
                .withMaxBodyBytes(1024))) {
            Http http = new Http(server.url());
            String big = "{\"name\":\"" + "x".repeat(4096) + "\",\"role\":\"viewer\"}";
            Http.Reply r = http.post("/api/v1/users", Servers.adminToken(server), big);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("code").asText()).isEqualTo("http/too-large");
        }
    }

    @StorageTest
    void anOversizedChunkedBodyIsTooLargeToo(TestDatabase db, @TempDir Path home) throws Exception {
        try (RegistryServer server = RegistryServer.start(ServerConfig.defaults(home).withJdbcUrl(db.jdbcUrl())
                .withMaxBodyBytes(1024))) {
            byte[] big = ("{\"name\":\"" + "x".repeat(4096) + "\",\"role\":\"viewer\"}").getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/users"))
                    .header("Authorization", "Bearer " + Servers.adminToken(server))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("http/too-large");
        }
    }

    @StorageTest
    void everyResponseCarriesTheSecurityHeaders(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            for (Http.Reply r : List.of(http.get("/api/v1/health", null), http.get("/nowhere", null),
                    http.get("/api/v1/users", null))) {
                assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'none'");
                assertThat(r.header("Cache-Control")).isEqualTo("no-store");
                assertThat(r.header("Server")).as("no server software or version is announced").isNull();
            }
        }
    }
}
