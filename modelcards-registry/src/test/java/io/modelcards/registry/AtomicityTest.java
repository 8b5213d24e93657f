package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.ChainConflictException;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** A failure after a write's catalog rows and audit entry but before its commit leaves nothing of it behind. */
class AtomicityTest {
    @TempDir
    Path home;

    @StorageTest
    void aFailedUploadLeavesTheRevisionAndTheAuditAsTheyWere(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash before = s.draft("m", "1.0.0");
            Snapshot was = Snapshot.of(s, "m", "1.0.0");
            failing(s, () -> s.registry.upload(s.ann, "m", "1.0.0", Setup.card("lost"), before));
            assertThat(Snapshot.of(s, "m", "1.0.0")).isEqualTo(was);
            assertThat(s.registry.upload(s.ann, "m", "1.0.0", Setup.card("kept"), before).revision().parent()).isEqualTo(before);
        }
    }

    @StorageTest
    void aFailedPublishLeavesTheStateTheAuditAndTheCheckpointsAsTheyWere(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.approved("m", "1.0.0");
            Snapshot was = Snapshot.of(s, "m", "1.0.0");
            failing(s, () -> s.registry.publish(s.ann, "m", "1.0.0", hash));
            assertThat(Snapshot.of(s, "m", "1.0.0")).isEqualTo(was);
            assertThat(s.registry.checkpoints()).isEmpty();
            assertThat(s.registry.publish(s.ann, "m", "1.0.0", hash).to()).isEqualTo(State.PUBLISHED);
            assertThat(s.registry.checkpoints()).hasSize(1);
            assertThat(s.registry.verifyAudit().ok()).isTrue();
        }
    }

    @StorageTest
    void aFailedReviewLeavesNoReviewBehind(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.inReview("m", "1.0.0");
            Snapshot was = Snapshot.of(s, "m", "1.0.0");
            failing(s, () -> s.registry.review(s.rita, "m", "1.0.0", Decision.APPROVE, null, null,
                    hash));
            assertThat(Snapshot.of(s, "m", "1.0.0")).isEqualTo(was);
            assertThat(s.registry.reviews("m", "1.0.0")).isEmpty();
        }
    }

    @StorageTest
    void aWriteThatLosesTheRaceForTheAuditHeadIsRunAgainAndRecordedOnce(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash before = s.draft("m", "1.0.0");
            AtomicInteger tries = new AtomicInteger();
            s.registry.beforeCommit(() -> {
                if (tries.incrementAndGet() < 3) {
                    throw new ChainConflictException("injected: another append got there first");
                }
            });
            Upload up = s.registry.upload(s.ann, "m", "1.0.0", Setup.card("third time"), before);
            s.registry.beforeCommit(null);
            assertThat(tries).hasValue(3);
            assertThat(up.revision().parent()).isEqualTo(before);
            try (Stream<AuditEntry> all = s.registry.audit(1, Long.MAX_VALUE)) {
                assertThat(all.filter(e -> e.event().subject() != null && up.revision().hash().toString()
                        .equals(e.event().subject().revision()))).hasSize(1);
            }
            assertThat(s.registry.verifyAudit().ok()).isTrue();
        }
    }

    @StorageTest
    void aWriteThatKeepsLosingTheRaceForTheHeadIsABoundedConflictAndChangesNothing(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash before = s.draft("m", "1.0.0");
            Snapshot was = Snapshot.of(s, "m", "1.0.0");
            AtomicInteger tries = new AtomicInteger();
            s.registry.beforeCommit(() -> {
                tries.incrementAndGet();
                throw new ChainConflictException("injected: another append got there first");
            });
            Refused.by(() -> s.registry.upload(s.ann, "m", "1.0.0", Setup.card("never"), before), Kind.CONFLICT, "registry/busy");
            s.registry.beforeCommit(null);
            assertThat(tries).hasValue(Writes.ATTEMPTS);
            assertThat(Snapshot.of(s, "m", "1.0.0")).isEqualTo(was);
        }
    }

    @StorageTest
    void uploadingTheCurrentCardAgainChangesNothingAndRecordsNothing(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.draft("m", "1.0.0");
            Snapshot was = Snapshot.of(s, "m", "1.0.0");
            assertThat(s.registry.upload(s.ann, "m", "1.0.0", Setup.card("m 1.0.0"), hash).revision().hash()).isEqualTo(hash);
            assertThat(Snapshot.of(s, "m", "1.0.0")).isEqualTo(was);
        }
    }

    private static void failing(Setup s, Runnable write) {
        s.registry.beforeCommit(() -> {
            throw new IllegalStateException("injected failure before commit");
        });
        try {
            assertThatThrownBy(write::run).hasMessageContaining("injected failure");
        } finally {
            s.registry.beforeCommit(null);
        }
    }

    /** The version's state and revision and the whole audit chain. */
    private record Snapshot(State state, ContentHash revision, List<String> audit) {
        static Snapshot of(Setup s, String model, String version) {
            VersionView v = s.registry.view(model, version);
            try (Stream<AuditEntry> all = s.registry.audit(1, Long.MAX_VALUE)) {
                return new Snapshot(v.entry().state(), v.entry().currentRevision(), all.map(AuditEntry::hash).toList());
            }
        }
    }
}
