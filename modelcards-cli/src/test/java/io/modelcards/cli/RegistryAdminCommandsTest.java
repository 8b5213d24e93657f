package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
