package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.registry.Registry;
import io.modelcards.registry.RegistryConfig;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry commands that work on its database directly: users, tokens and audit verify with {@code --home}. */
class RegistryAdminCommandsTest {
    private static final Pattern TOKEN = Pattern.compile("(?m)^(mc_[A-Za-z0-9_-]+)$");

    @TempDir
    Path home;

    @Test
    void usersAddPrintsTheTokenOnceAndUsersListShowsTheUserWithoutIt() {
        Cli.Run added = Cli.run("users", "add", "alice", "--role", "author", "--home", home.toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("added user alice (author)\n");
        Matcher m = TOKEN.matcher(added.out());
        assertThat(m.find()).as(added.out()).isTrue();

        Cli.Run listed = Cli.run("users", "list", "--home", home.toString());
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).startsWith("alice  author  ").doesNotContain(m.group(1));
    }

    @Test
    void aUserAddedOnTheDatabaseIsAuditedAsTheLocalAdminAndTheChainVerifies() {
        Cli.Run added = Cli.run("users", "add", "alice", "--role", "author", "--home", home.toString());
        assertThat(added.exitCode()).as(added.err()).isZero();

        Cli.Run verified = Cli.run("audit", "verify", "--home", home.toString());
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).startsWith("audit chain verified: 2 entries, head ");
        List<AuditEvent> events = auditEvents();
        assertThat(events).extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(tuple(Action.USER_CREATED, "local:admin"), tuple(Action.TOKEN_CREATED, "local:admin"));
        assertThat(events.get(0).details()).containsEntry("user", "alice").containsEntry("role", "author");
        assertThat(events.get(1).details()).containsEntry("user", "alice");
    }

    @Test
    void aTokenRevokedOnTheDatabaseIsAuditedAsTheLocalAdmin() {
        Cli.run("users", "add", "alice", "--role", "author", "--home", home.toString());
        String listed = Cli.run("tokens", "list", "alice", "--home", home.toString()).out();
        String id = listed.substring(0, listed.indexOf(' '));

        assertThat(Cli.run("tokens", "revoke", id, "--home", home.toString()).exitCode()).isZero();
        AuditEvent last = auditEvents().get(2);
        assertThat(last.action()).isEqualTo(Action.TOKEN_REVOKED);
        assertThat(last.actor()).isEqualTo("local:admin");
        assertThat(String.valueOf(last.details().get("token"))).isEqualTo(id);
        assertThat(Cli.run("audit", "verify", "--home", home.toString()).exitCode()).isZero();
    }

    @Test
    void anUnknownRoleIsAUsageErrorNamingTheRoles() {
        Cli.Run r = Cli.run("users", "add", "alice", "--role", "owner", "--home", home.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--role:0:0: error: unknown role 'owner': use viewer, author, reviewer, admin [usage/role]\n");
    }

    @Test
    void addingAUserTwiceIsRefusedWithExitThree() {
        Cli.run("users", "add", "alice", "--role", "author", "--home", home.toString());
        Cli.Run again = Cli.run("users", "add", "alice", "--role", "viewer", "--home", home.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("alice").contains("[auth/duplicate-user]");
        assertThat(again.leaksNoStackTrace()).isTrue();
    }

    @Test
    void aRevokedTokenIsListedAsRevoked() {
        Cli.run("users", "add", "alice", "--role", "author", "--home", home.toString());
        Cli.Run listed = Cli.run("tokens", "list", "alice", "--home", home.toString());
        assertThat(listed.out()).matches("(?s)\\d+  created \\S+\n");
        String id = listed.out().substring(0, listed.out().indexOf(' '));

        Cli.Run revoked = Cli.run("tokens", "revoke", id, "--home", home.toString());
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(revoked.out()).isEqualTo("revoked token " + id + "\n");
        assertThat(Cli.run("tokens", "list", "alice", "--home", home.toString()).out()).contains("  revoked ");
    }

    @Test
    void revokingAnUnknownTokenIsRefused() {
        Cli.run("users", "add", "alice", "--role", "author", "--home", home.toString());
        Cli.Run r = Cli.run("tokens", "revoke", "999", "--home", home.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("[auth/unknown-token]");
    }

    @Test
    void auditVerifyOfAFreshRegistryPasses() {
        Cli.run("users", "add", "alice", "--role", "author", "--home", home.toString());
        Cli.Run r = Cli.run("audit", "verify", "--home", home.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("audit chain verified: ");
    }

    private List<AuditEvent> auditEvents() {
        try (Registry r = Registry.open(RegistryConfig.defaults(home)); Stream<AuditEntry> entries = r.audit(1, Long.MAX_VALUE)) {
            return entries.map(AuditEntry::event).toList();
        }
    }

    @Test
    void aTokenFileOthersCanReadIsRefused() throws Exception {
        Path token = home.resolve("token");
        Files.writeString(token, "mc_x\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Run r = Cli.run("submit", "m", "1.0", "--server", "http://127.0.0.1:9", "--token-file", token.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(token + ":0:0: error: the token file can be read or written by others")
                .contains("chmod 600").doesNotContain("mc_x");
    }

    @Test
    void anUnreachableServerIsAnInternalFailureThatSaysWhatToCheck() throws Exception {
        Cli.Run r = Cli.run("submit", "m", "1.0", "--server", "http://127.0.0.1:9");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("http://127.0.0.1:9:0:0: error: cannot reach the registry: ")
                .contains("modelcards serve").endsWith("[remote/unreachable]\n");
    }

    @Test
    void noServerIsAUsageError() {
        Cli.Run r = Cli.run("show", "m", "1.0");
        if (System.getenv("MODELCARDS_URL") != null) {
            return;
        }
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("[usage/no-server]");
    }
}
