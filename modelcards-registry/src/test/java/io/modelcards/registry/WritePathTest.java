package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;

/** The shortcuts of the write path: what they skip must not change what a write returns or keeps. */
class WritePathTest {
    @TempDir
    Path home;

    @StorageTest
    void theRevisionAnUploadReturnsIsTheOneReadBackLater(TestDatabase db) {
        Clock nanos = Clock.fixed(Instant.parse("2026-12-06T08:00:00.123456789Z"), ZoneOffset.UTC);
        try (Setup s = Setup.open(db, home, c -> c.withClock(nanos))) {
            s.registry.createModel(s.ann, "m");
            s.registry.createVersion(s.ann, "m", "1.0.0");
            Revision first = s.registry.upload(s.ann, "m", "1.0.0", Setup.card("first"), null).revision();
            Revision second = s.registry.upload(s.ann, "m", "1.0.0", Setup.card("second"), first.hash()).revision();
            assertThat(s.registry.catalog().revision(first.hash())).contains(first);
            assertThat(s.registry.catalog().revision(second.hash())).contains(second);
            assertThat(second.parent()).isEqualTo(first.hash());
        }
    }

    @StorageTest
    void aCommittedUploadKeepsItsCardForTheReviewThatFollows(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            int before = s.registry.cards().size();
            ContentHash hash = s.inReview("m", "1.0.0");
            assertThat(s.registry.cards().size()).isEqualTo(before + 1);
            assertThat(s.registry.review(s.rita, "m", "1.0.0", Decision.APPROVE, null, null, hash).to()).isEqualTo(State.APPROVED);
        }
    }

    @StorageTest
    void aRolledBackUploadLeavesNoCardInMemory(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash before = s.draft("m", "1.0.0");
            int kept = s.registry.cards().size();
            s.registry.beforeCommit(() -> {
                throw new IllegalStateException("injected failure before commit");
            });
            try {
                assertThatThrownBy(() -> s.registry.upload(s.ann, "m", "1.0.0", Setup.card("rolled back"), before))
                        .hasMessageContaining("injected failure");
            } finally {
                s.registry.beforeCommit(null);
            }
            assertThat(s.registry.cards().size()).isEqualTo(kept);
        }
    }

    @StorageTest
    void aMoveReturnsTheVersionAsItIsReadAfterwards(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.approved("m", "1.0.0");
            Moved published = s.registry.publish(s.ann, "m", "1.0.0", hash);
            assertThat(published.version()).isEqualTo(s.registry.catalog().version("m", "1.0.0").orElseThrow());
            assertThat(published.version().state()).isEqualTo(State.PUBLISHED);
        }
    }
}
