package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.io.TempDir;

class ServerStartTest {
    @StorageTest
    void theServerBindsTheLoopbackAddressByDefault(TestDatabase db, @TempDir Path home) {
        assertThat(ServerConfig.defaults(home).host()).isEqualTo("127.0.0.1");
        try (RegistryServer server = Servers.start(db, home)) {
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            assertThat(server.port()).isPositive();
            assertThat(new Http(server.url()).get("/api/v1/health", null).status()).isEqualTo(200);
        }
    }

    @StorageTest
    void theFirstStartWritesAnOwnerOnlyAdminTokenFileThatAuthenticates(TestDatabase db, @TempDir Path home)
            throws Exception {
        try (RegistryServer server = Servers.start(db, home)) {
            Path file = server.adminTokenFile().orElseThrow();
            assertThat(file).isEqualTo(home.resolve("admin-token"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Http.Reply users = new Http(server.url()).get("/api/v1/users", Servers.adminToken(server));
            assertThat(users.status()).isEqualTo(200);
            assertThat(users.json().get(0).get("name").asText()).isEqualTo("admin");
            assertThat(users.json().get(0).get("role").asText()).isEqualTo("admin");
        }
    }

    @StorageTest
    void theFirstAdminAndItsTokenAreAuditedAsTheLocalOperator(TestDatabase db, @TempDir Path home) throws Exception {
        try (RegistryServer server = Servers.start(db, home)) {
            JsonNode audit = new Http(server.url()).get("/api/v1/audit?from=1&limit=10", Servers.adminToken(server)).json().get("items");
            assertThat(audit).hasSize(2);
            assertThat(audit.get(0).at("/event/action").asText()).isEqualTo("user.created");
            assertThat(audit.get(1).at("/event/action").asText()).isEqualTo("token.created");
            for (JsonNode e : audit) {
                assertThat(e.at("/event/actor").asText()).isEqualTo("local:admin");
                assertThat(e.toString()).doesNotContain(Servers.adminToken(server));
            }
        }
    }

    @StorageTest
    void aLaterStartCreatesNoSecondAdmin(TestDatabase db, @TempDir Path home) {
        try (RegistryServer first = Servers.start(db, home)) {
            assertThat(first.adminTokenFile()).isPresent();
        }
        try (RegistryServer second = Servers.start(db, home)) {
            assertThat(second.adminTokenFile()).isEmpty();
        }
    }

    @StorageTest
    void theAdminTokenNeverAppearsInTheLog(TestDatabase db, @TempDir Path home) {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (RegistryServer server = Servers.start(db, home)) {
            String token = Servers.adminToken(server);
            assertThat(logged).anyMatch(line -> line.contains(home.resolve("admin-token").toString()));
            assertThat(logged).noneMatch(line -> line.contains(token));
        } finally {
            root.removeHandler(capture);
        }
    }
}
