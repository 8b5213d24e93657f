package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.gate.GateDecision;
import io.modelcards.registry.gate.GatePolicy;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The deployment gate on a stored registry: what it passes, what it refuses, and that it records each decision. */
class RegistryGateTest {
    @TempDir
    Path home;

    @StorageTest
    void aPublishedVersionPassesAndTheDecisionIsAudited(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.published("sentiment", "1.0.0");
            GateDecision d = s.registry.gate(s.vic, "sentiment", "1.0.0", GatePolicy.DEFAULT);
            assertThat(d.reasons()).isEmpty();
            assertThat(d.pass()).isTrue();
            assertThat(lastAction(s)).isEqualTo("gate.allowed vic");
            assertThat(s.registry.verifyAudit().ok()).isTrue();
        }
    }

    @StorageTest
    void aVersionInReviewIsRefusedWithItsStateAndTheRefusalIsAudited(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.inReview("sentiment", "1.0.0");
            GateDecision d = s.registry.gate(s.vic, "sentiment", "1.0.0", GatePolicy.DEFAULT);
            assertThat(d.pass()).isFalse();
            assertThat(d.reasons()).anySatisfy(r -> assertThat(r).contains("in_review").contains("published"));
            assertThat(lastAction(s)).isEqualTo("gate.denied vic");
        }
    }

    @StorageTest
    void anApprovedVersionPassesWhenApprovalIsWhatIsRequired(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.approved("sentiment", "1.0.0");
            assertThat(s.registry.gate(s.vic, "sentiment", "1.0.0", GatePolicy.DEFAULT.withRequire(State.APPROVED)).pass()).isTrue();
            assertThat(s.registry.gate(s.vic, "sentiment", "1.0.0", GatePolicy.DEFAULT).pass()).isFalse();
        }
    }

    @StorageTest
    void aCardSwappedInTheDatabaseAfterApprovalIsRefusedNamingBothRevisions(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash approved = s.published("sentiment", "1.0.0");
            ContentHash other = s.draft("sentiment", "2.0.0");
            // What an attacker with database access would do: point the published version at another stored card.
            s.registry.database().jdbi().useHandle(h -> h.createUpdate(
                    "UPDATE versions SET current_revision = :other WHERE version = '1.0.0'").bind("other", other.toString()).execute());
            GateDecision d = s.registry.gate(s.vic, "sentiment", "1.0.0", GatePolicy.DEFAULT);
            assertThat(d.pass()).isFalse();
            assertThat(String.join("\n", d.reasons())).contains(approved.toString()).contains(other.toString());
        }
    }

    @StorageTest
    void aTamperedAuditChainFailsTheGate(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.published("sentiment", "1.0.0");
            s.registry.database().jdbi().useHandle(h -> h.createUpdate(
                    "UPDATE audit_entries SET event_json = REPLACE(event_json, 'rita', 'rex') WHERE seq = 5").execute());
            GateDecision d = s.registry.gate(s.vic, "sentiment", "1.0.0", GatePolicy.DEFAULT);
            assertThat(d.pass()).isFalse();
            assertThat(d.reasons()).anySatisfy(r -> assertThat(r).contains("audit chain").contains("5"));
        }
    }

    @StorageTest
    void anApprovalEntryRewrittenInTheDatabaseIsNotTrustedByTheGate(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash approved = s.published("sentiment", "1.0.0");
            ContentHash other = s.draft("sentiment", "2.0.0");
            long seq = approvalSeq(s);
            // An attacker points both the version and its approval entry at another card.
            s.registry.database().jdbi().useHandle(h -> {
                h.createUpdate("UPDATE versions SET current_revision = :other WHERE version = '1.0.0'")
                        .bind("other", other.toString()).execute();
                h.createUpdate("UPDATE audit_entries SET event_json = REPLACE(event_json, :approved, :other) WHERE seq = :seq")
                        .bind("approved", approved.toString()).bind("other", other.toString()).bind("seq", seq).execute();
            });
            GateDecision d = s.registry.gate(s.vic, "sentiment", "1.0.0", GatePolicy.DEFAULT);
            assertThat(d.pass()).isFalse();
            assertThat(d.reasons()).contains("no approval of the card is on the audit chain before its first bad entry: current "
                    + other).anySatisfy(r -> assertThat(r).startsWith("the audit chain does not verify: ").contains("" + seq));
        }
    }

    @StorageTest
    void theVerificationTheGateReadsAlongShowsEveryEntryInOrder(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.published("sentiment", "1.0.0");
            List<Long> shown = new ArrayList<>();
            Verification v = s.registry.verifyAudit(e -> shown.add(e.seq()));
            long count = ((Verification.Verified) v).count();
            assertThat(shown.subList(0, (int) count)).isEqualTo(LongStream.rangeClosed(1, count).boxed().toList());
            assertThat(shown).allSatisfy(seq -> assertThat(seq).isBetween(1L, count));
        }
    }

    private static long approvalSeq(Setup s) {
        try (Stream<AuditEntry> entries = s.registry.audit(1, Long.MAX_VALUE)) {
            return entries.filter(e -> e.event().toState() == State.APPROVED).mapToLong(AuditEntry::seq).max().orElseThrow();
        }
    }

    private static String lastAction(Setup s) {
        try (Stream<AuditEntry> entries = s.registry.audit(1, Long.MAX_VALUE)) {
            List<AuditEntry> all = entries.toList();
            AuditEntry last = all.get(all.size() - 1);
            return last.event().action().wire() + " " + last.event().actor();
        }
    }
}
