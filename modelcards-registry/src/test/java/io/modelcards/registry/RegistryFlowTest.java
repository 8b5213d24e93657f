package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class RegistryFlowTest {
    @TempDir
    Path home;

    @StorageTest
    void aCardGoesFromDraftToPublishedWithOneAuditEntryPerStep(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.published("sentiment", "1.0.0");
            VersionView view = s.registry.view("sentiment", "latest-published");
            assertThat(view.entry().state()).isEqualTo(State.PUBLISHED);
            assertThat(view.entry().currentRevision()).isEqualTo(hash);
            assertThat(view.owner()).isEqualTo("ann");
            assertThat(view.outcome().status()).isEqualTo(ReviewOutcome.Status.APPROVED);
            try (Stream<AuditEntry> audit = s.registry.audit(1, Long.MAX_VALUE)) {
                assertThat(audit.map(e -> e.event().action().wire() + " " + e.event().actor())).containsExactly(
                        "model.created ann", "card.created ann", "revision.uploaded ann", "card.submitted ann",
                        "review.approved rita", "card.published ann");
            }
            assertThat(s.registry.verifyAudit().ok()).isTrue();
        }
    }

    @StorageTest
    void publishingSignsACheckpointOfTheHeadThatIncludesThePublish(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.published("sentiment", "1.0.0");
            assertThat(s.registry.checkpoints()).singleElement().satisfies(c -> {
                assertThat(c.seq()).isEqualTo(6);
                assertThat(c.problemWith(s.registry.publicKey())).isEmpty();
            });
        }
    }

    @StorageTest
    void anUploadReplacesTheDraftsCardAndRecordsItsParent(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash first = s.draft("sentiment", "1.0.0");
            Upload second = s.registry.upload(s.ann, "sentiment", "1.0.0", Setup.card("better words"), first);
            assertThat(second.revision().parent()).isEqualTo(first);
            assertThat(second.mergeWarnings()).isEmpty();
            assertThat(s.registry.catalog().card("sentiment", "1.0.0").orElseThrow().hash()).isEqualTo(second.revision().hash());
        }
    }

    @StorageTest
    void anUploadWithAStaleIfMatchIsAPreconditionFailureAndChangesNothing(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash first = s.draft("sentiment", "1.0.0");
            ContentHash second = s.registry.upload(s.ann, "sentiment", "1.0.0", Setup.card("two"), first).revision().hash();
            assertThatThrownBy(() -> s.registry.upload(s.ann, "sentiment", "1.0.0", Setup.card("three"), first))
                    .isInstanceOfSatisfying(RegistryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.PRECONDITION_FAILED);
                        assertThat(e.code()).isEqualTo("catalog/stale-revision");
                    });
            assertThat(s.registry.catalog().card("sentiment", "1.0.0").orElseThrow().hash()).isEqualTo(second);
        }
    }

    @StorageTest
    void anEditSetsAFieldAsThePersonsTextInANewRevision(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash first = s.draft("sentiment", "1.0.0");
            var rev = s.registry.edit(s.ann, "sentiment", "1.0.0",
                    List.of(FieldEdit.set("/uses/out_of_scope_use", Json.text("Medical triage."))), first);
            assertThat(rev.parent()).isEqualTo(first);
            assertThat(rev.card().uses().outOfScopeUse()).isEqualTo("Medical triage.");
            assertThat(rev.card().provenance().originOf("/uses/out_of_scope_use").toString()).contains("ann");
        }
    }

    @StorageTest
    void everyRefusedEditIsReportedWithItsPointerAndNoneIsApplied(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash first = s.draft("sentiment", "1.0.0");
            assertThatThrownBy(() -> s.registry.edit(s.ann, "sentiment", "1.0.0", List.of(
                    FieldEdit.set("/uses/out_of_scope_use", Json.text("fine")),
                    FieldEdit.set("/uses/no_such_field", Json.text("x")),
                    FieldEdit.set("/details/summary", Json.number(3))), first))
                    .isInstanceOfSatisfying(RegistryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.INVALID);
                        assertThat(e.problems()).extracting(d -> d.pointer())
                                .containsExactly("/uses/no_such_field", "/details/summary");
                    });
            assertThat(s.registry.catalog().card("sentiment", "1.0.0").orElseThrow().hash()).isEqualTo(first);
        }
    }

    @StorageTest
    void aNewVersionOfAModelStartsWithItsLastPublishedCardAsBase(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash published = s.published("sentiment", "1.0.0");
            VersionEntry next = s.registry.createVersion(s.ann, "sentiment", "1.1.0");
            assertThat(next.state()).isEqualTo(State.DRAFT);
            Upload up = s.registry.upload(s.ann, "sentiment", "1.1.0", Setup.card("retrained"), null);
            assertThat(up.revision().parent()).isEqualTo(published);
        }
    }
}
