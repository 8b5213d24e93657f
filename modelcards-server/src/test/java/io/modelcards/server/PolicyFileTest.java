package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {
    private static final String V = "/api/v1/models/sentiment/versions/1.0.0";

    @StorageTest
    void aPolicyFileAskingForTwoApprovalsKeepsAVersionInReviewAfterOne(TestDatabase db, @TempDir Path home)
            throws IOException {
        Path policy = Files.writeString(home.resolve("policy.yaml"), "approvals: 2\n");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, home, null, policy, false, ServerConfig.DEFAULT_MAX_BODY);
        try (RegistryServer server = Servers.start(db, config)) {
            Http http = new Http(server.url());
            String admin = Servers.adminToken(server);
            String ann = Users.add(http, admin, "ann", "author");
            String rita = Users.add(http, admin, "rita", "reviewer");
            String rex = Users.add(http, admin, "rex", "reviewer");
            http.post("/api/v1/models", ann, "{\"name\":\"sentiment\"}");
            http.post("/api/v1/models/sentiment/versions", ann, "{\"version\":\"1.0.0\"}");
            http.call("PUT", V + "/card").token(ann).json(Cards.json("two approvals")).send();
            http.post(V + "/submit", ann, null);
            assertThat(http.post(V + "/approve", rita, null).json().get("to").asText()).isEqualTo("in_review");
            assertThat(http.post(V + "/approve", rex, null).json().get("to").asText()).isEqualTo("approved");
        }
    }

    @StorageTest
    void aBadPolicyFileStopsTheStartWithItsLocatedProblems(TestDatabase db, @TempDir Path home) throws IOException {
        Path policy = Files.writeString(home.resolve("policy.yaml"), "aprovals: 2\n");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, home, null, policy, false, ServerConfig.DEFAULT_MAX_BODY);
        ServerStartException e = catchThrowableOfType(ServerStartException.class, () -> Servers.start(db, config));
        assertThat(e.getMessage()).contains("policy.yaml");
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).line()).isEqualTo(1);
        assertThat(e.problems().get(0).message()).contains("approvals");
    }
}
