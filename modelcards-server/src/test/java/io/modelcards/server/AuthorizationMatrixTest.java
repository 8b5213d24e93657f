package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.auth.Role;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.server.route.Route;
import io.modelcards.server.route.RouteTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the route table × every role (anonymous, viewer, author, reviewer, admin) × a model the caller owns
 * (for the roles that can own one) or another's, over HTTP: each status is what {@link Expected} derives from the table.
 */
class AuthorizationMatrixTest {
    private static final List<Role> ROLES = Arrays.asList(null, Role.VIEWER, Role.AUTHOR, Role.REVIEWER, Role.ADMIN);

    @StorageTest
    void everyRouteAnswersEveryRoleAsTheRouteTableSays(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            World w = World.build(new Http(server.url()), Servers.adminToken(server));
            List<String> wrong = new ArrayList<>();
            int cases = 0;
            for (Route route : RouteTable.routes()) {
                for (Role role : ROLES) {
                    for (boolean own : role == Role.AUTHOR || role == Role.ADMIN ? List.of(true, false) : List.of(false)) {
                        Expected expected = Expected.of(route, role, own);
                        Http.Reply reply = w.call(route, role, own);
                        cases++;
                        if (!expected.matches(reply.status())) {
                            wrong.add(route.key() + " as " + (role == null ? "anonymous" : role.id()) + (own ? " (own)" : "")
                                    + ": expected " + expected + ", got " + reply);
                        }
                    }
                }
            }
            assertThat(wrong).as("cases that disagree with the route table").isEmpty();
            assertThat(cases).isEqualTo(RouteTable.routes().size() * 7);
        }
    }

    /** The users, their models, and a fresh version in review for each request that writes. */
    private static final class World {
        private final Http http;
        private final Map<Role, String> tokens = new HashMap<>();
        private final String olga;
        private final AtomicInteger n = new AtomicInteger();
        private final Map<String, Fixture> readFixtures = new HashMap<>();

        private World(Http http, String admin, String ann, String olga, String rita, String vic) {
            this.http = http;
            this.olga = olga;
            tokens.put(Role.ADMIN, admin);
            tokens.put(Role.AUTHOR, ann);
            tokens.put(Role.REVIEWER, rita);
            tokens.put(Role.VIEWER, vic);
        }

        static World build(Http http, String admin) {
            World w = new World(http, admin, Users.add(http, admin, "ann", "author"), Users.add(http, admin, "olga", "author"),
                    Users.add(http, admin, "rita", "reviewer"), Users.add(http, admin, "vic", "viewer"));
            w.ok(http.post("/api/v1/models", w.tokens.get(Role.AUTHOR), "{\"name\":\"m-ann\"}"));
            w.ok(http.post("/api/v1/models", admin, "{\"name\":\"m-admin\"}"));
            w.ok(http.post("/api/v1/models", w.olga, "{\"name\":\"m-olga\"}"));
            return w;
        }

        /** Sends {@code route}'s request as {@code role} on its own model or on olga's. */
        Http.Reply call(Route route, Role role, boolean own) {
            String model = !own ? "m-olga" : role == Role.ADMIN ? "m-admin" : "m-ann";
            String ownerToken = !own ? olga : tokens.get(role);
            Fixture f = route.method().equals("GET")
                    ? readFixtures.computeIfAbsent(model, m -> fixture(m, ownerToken)) : fixture(model, ownerToken);
            String path = route.path().replace("{model}", model).replace("{version}", f.version)
                    .replace("{hash}", f.hash).replace("{name}", "olga")
                    .replace("{id}", route.operationId().equals("revokeToken") ? freshTokenId() : f.commentId);
            Http.Call call = http.call(route.method(), path).token(role == null ? null : tokens.get(role));
            String body = body(route.operationId());
            if (body != null) {
                call.body("application/json", body.getBytes(StandardCharsets.UTF_8));
            }
            return call.send();
        }

        private String body(String operationId) {
            int i = n.incrementAndGet();
            return switch (operationId) {
                case "createModel" -> "{\"name\":\"new-" + i + "\"}";
                case "createVersion" -> "{\"version\":\"n" + i + "\"}";
                case "uploadCard" -> Cards.json("matrix " + i);
                case "editCard" -> "{\"edits\":[{\"op\":\"set\",\"pointer\":\"/uses/direct_use\",\"value\":\"x" + i + "\"}]}";
                case "approve" -> "{}";
                case "requestChanges" -> "{\"comment\":\"change " + i + "\"}";
                case "addComment" -> "{\"text\":\"note " + i + "\"}";
                case "createUser" -> "{\"name\":\"u" + i + "\",\"role\":\"viewer\"}";
                default -> null;
            };
        }

        /** A new version of {@code model} with a card by its owner, submitted, with one comment by the owner. */
        private Fixture fixture(String model, String ownerToken) {
            String version = "v" + n.incrementAndGet();
            String base = "/api/v1/models/" + model + "/versions";
            ok(http.post(base, ownerToken, "{\"version\":\"" + version + "\"}"));
            String hash = ok(http.call("PUT", base + "/" + version + "/card").token(ownerToken)
                    .json(Cards.json(model + " " + version)).send()).json().get("hash").asText();
            ok(http.post(base + "/" + version + "/submit", ownerToken, null));
            String comment = ok(http.post(base + "/" + version + "/comments", ownerToken, "{\"text\":\"first\"}"))
                    .json().get("id").asText();
            return new Fixture(version, hash, comment);
        }

        private String freshTokenId() {
            return ok(http.post("/api/v1/users/vic/tokens", tokens.get(Role.ADMIN), null)).json().get("id").asText();
        }

        private Http.Reply ok(Http.Reply r) {
            if (r.status() >= 300) {
                throw new IllegalStateException("fixture step failed: " + r);
            }
            return r;
        }
    }

    /**
     * A version to act on.
     *
     * @param version   its name
     * @param hash      its current revision
     * @param commentId a comment on it
     */
    private record Fixture(String version, String hash, String commentId) {}
}
