package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.audit.Verification.Broken;
import io.modelcards.registry.audit.Verification.Problem;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is done to the stored audit rows behind the registry's back, {@code verifyAudit} finds it and names the entry. */
class AuditTamperTest {
    @TempDir
    Path home;

    @StorageTest
    void anEditedEventIsFoundAtItsEntry(TestDatabase db) {
        assertThat(tampered(db, h -> h.execute("UPDATE audit_entries SET event_json = REPLACE(event_json, '\"ann\"', '\"eve\"')"
                + " WHERE seq = 3"))).isEqualTo(new Expected(3, Problem.HASH_MISMATCH));
    }

    @StorageTest
    void anEditedHashIsFoundAtItsEntry(TestDatabase db) {
        assertThat(tampered(db, h -> h.execute("UPDATE audit_entries SET hash = '" + "ab".repeat(32) + "' WHERE seq = 4")))
                .isEqualTo(new Expected(4, Problem.HASH_MISMATCH));
    }

    @StorageTest
    void aDeletedEntryIsFoundWhereItIsMissing(TestDatabase db) {
        assertThat(tampered(db, h -> h.execute("DELETE FROM audit_entries WHERE seq = 5")))
                .isEqualTo(new Expected(5, Problem.SEQUENCE));
    }

    @StorageTest
    void twoSwappedEntriesAreFoundAtTheFirst(TestDatabase db) {
        assertThat(tampered(db, h -> {
            h.execute("UPDATE audit_entries SET seq = -1 WHERE seq = 2");
            h.execute("UPDATE audit_entries SET seq = 2 WHERE seq = 3");
            h.execute("UPDATE audit_entries SET seq = 3 WHERE seq = -1");
        })).isEqualTo(new Expected(2, Problem.UNREADABLE));
    }

    @StorageTest
    void entriesCutFromTheEndAfterTheLastCheckpointAreFound(TestDatabase db) {
        assertThat(tampered(db, h -> h.execute("DELETE FROM audit_entries WHERE seq >= 8")))
                .isEqualTo(new Expected(8, Problem.SEQUENCE));
    }

    @StorageTest
    void anEditedCheckpointIsFound(TestDatabase db) {
        assertThat(tampered(db, h -> h.execute("UPDATE checkpoints SET note = REPLACE(note, '\n6\n', '\n5\n')")))
                .isEqualTo(new Expected(5, Problem.BAD_SIGNATURE));
    }

    @StorageTest
    void anUntouchedChainVerifies(TestDatabase db) {
        assertThat(tampered(db, h -> { })).isEqualTo(new Expected(8, null));
    }

    /**
     * Publishes 1.0.0 of a model (6 entries, a checkpoint at 6), drafts 1.1.0 (2 more), applies {@code tamper} to the
     * database, and verifies: the first bad seq and problem, or the head's seq and no problem.
     */
    private Expected tampered(TestDatabase db, Consumer<Handle> tamper) {
        try (Setup s = Setup.open(db, home)) {
            s.published("m", "1.0.0");
            s.draft("m", "1.1.0");
            assertThat(s.registry.verifyAudit().ok()).isTrue();
            s.registry.database().jdbi().useHandle(tamper::accept);
            Verification v = s.registry.verifyAudit();
            if (v instanceof Broken b) {
                assertThat(b.message()).contains(Long.toString(b.seq()));
                return new Expected(b.seq(), b.problem());
            }
            return new Expected(((Verification.Verified) v).head().seq(), null);
        }
    }

    /** What verification found: the seq it names and the problem, or the head and no problem. */
    private record Expected(long seq, Problem problem) {}
}
