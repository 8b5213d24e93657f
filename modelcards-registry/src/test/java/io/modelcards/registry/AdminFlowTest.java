package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.auth.NewToken;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class AdminFlowTest {
    @TempDir
    Path home;

    @StorageTest
    void anAdminsUserAndTokenChangesAreAuditedWithoutTheTokenText(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.addUser(s.ada, "nora", Role.REVIEWER);
            NewToken token = s.registry.issueToken(s.ada, "nora", Instant.parse("2027-01-01T00:00:00Z"));
            assertThat(s.registry.tokens().authenticate(token.token())).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("nora"));
            assertThat(s.registry.revokeToken(s.ada, token.id())).isTrue();
            assertThat(s.registry.revokeToken(s.ada, token.id())).isFalse();
            assertThat(s.registry.tokens().authenticate(token.token())).isEmpty();
            List<String> json = audit(s).stream().map(AuditEntry::eventJson).toList();
            assertThat(json).hasSize(3);
            assertThat(json.get(0)).contains("\"action\":\"user.created\"", "\"role\":\"reviewer\"", "\"user\":\"nora\"");
            assertThat(json.get(1)).contains("\"action\":\"token.created\"", "\"token\":" + token.id(), "2027-01-01");
            assertThat(json.get(2)).contains("\"action\":\"token.revoked\"");
            assertThat(String.join("\n", json)).doesNotContain(token.token().substring(3));
            assertThat(s.registry.verifyAudit().ok()).isTrue();
        }
    }

    @StorageTest
    void onlyAnAdminManagesUsersAndTokensAndARefusedAdditionLeavesNoUser(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            Refused.by(() -> s.registry.addUser(s.ann, "nora", Role.ADMIN), Kind.FORBIDDEN, "auth/forbidden");
            Refused.by(() -> s.registry.issueToken(s.rita, "rita", null), Kind.FORBIDDEN, "auth/forbidden");
            Refused.by(() -> s.registry.addUser(s.ada, "ann", Role.ADMIN), Kind.CONFLICT, "auth/duplicate-user");
            Refused.by(() -> s.registry.issueToken(s.ada, "nobody", null), Kind.NOT_FOUND, "auth/unknown-user");
            assertThat(s.registry.users().find("nora")).isEmpty();
            assertThat(audit(s)).isEmpty();
        }
    }

    private static List<AuditEntry> audit(Setup s) {
        try (Stream<AuditEntry> all = s.registry.audit(1, Long.MAX_VALUE)) {
            return all.toList();
        }
    }
}
