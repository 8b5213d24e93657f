package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Severity;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.ApprovalPolicy;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.workflow.State;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class ReviewFlowTest {
    @TempDir
    Path home;

    @StorageTest
    void aSubmitThatFailsTheRulePacksReturnsEveryErrorAndChangesNothing(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.createModel(s.ann, "empty");
            s.registry.createVersion(s.ann, "empty", "1.0.0");
            ContentHash hash = s.registry.upload(s.ann, "empty", "1.0.0", Fixtures.card("minimal-empty"), null).revision().hash();
            long before = auditSize(s);
            RegistryException e = catchThrowableOfType(() -> s.registry.submit(s.ann, "empty", "1.0.0", hash),
                    RegistryException.class);
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.problems()).hasSizeGreaterThan(1).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
            assertThat(e.problems()).anySatisfy(d -> assertThat(d.pointer()).isNotNull());
            assertThat(s.registry.view("empty", "1.0.0").entry().state()).isEqualTo(State.DRAFT);
            assertThat(auditSize(s)).isEqualTo(before);
        }
    }

    @StorageTest
    void anAdminCannotApproveARevisionTheyWrote(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.createModel(s.ada, "own");
            s.registry.createVersion(s.ada, "own", "1.0.0");
            ContentHash hash = s.registry.upload(s.ada, "own", "1.0.0", Setup.card("mine"), null).revision().hash();
            s.registry.submit(s.ada, "own", "1.0.0", hash);
            Refused.by(() -> s.registry.review(s.ada, "own", "1.0.0", Decision.APPROVE, null, null, hash), Kind.FORBIDDEN,
                    "review/own-revision");
            assertThat(s.registry.reviews("own", "1.0.0")).isEmpty();
        }
    }

    @StorageTest
    void aChangeRequestWithoutACommentIsInvalidAndNotRecorded(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.inReview("m", "1.0.0");
            Refused.by(() -> s.registry.review(s.rita, "m", "1.0.0", Decision.REQUEST_CHANGES, "  ", null, hash), Kind.INVALID,
                    "review/comment-required");
            assertThat(s.registry.reviews("m", "1.0.0")).isEmpty();
            assertThat(s.registry.view("m", "1.0.0").entry().state()).isEqualTo(State.IN_REVIEW);
        }
    }

    @StorageTest
    void aReviewInARoleThePolicyDoesNotHaveIsInvalid(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.inReview("m", "1.0.0");
            Refused.by(() -> s.registry.review(s.rita, "m", "1.0.0", Decision.APPROVE, null, "risk_owner", hash), Kind.INVALID,
                    "review/unknown-role");
        }
    }

    @StorageTest
    void aChangeRequestSendsTheCardBackAndTheFixedCardIsApprovedBySomeoneElse(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash first = s.inReview("m", "1.0.0");
            Moved back = s.registry.review(s.rita, "m", "1.0.0", Decision.REQUEST_CHANGES, "Say what it must not be used for.",
                    null, first);
            assertThat(back.to()).isEqualTo(State.CHANGES_REQUESTED);
            assertThat(back.outcome().status()).isEqualTo(ReviewOutcome.Status.CHANGES_REQUESTED);
            ContentHash fixed = s.registry.edit(s.ann, "m", "1.0.0",
                    List.of(FieldEdit.set("/uses/out_of_scope_use", Json.text("Medical triage."))), first).hash();
            s.registry.submit(s.ann, "m", "1.0.0", fixed);
            Moved approved = s.registry.review(s.rex, "m", "1.0.0", Decision.APPROVE, "Good now.", null, fixed);
            assertThat(approved.from()).isEqualTo(State.IN_REVIEW);
            assertThat(approved.to()).isEqualTo(State.APPROVED);
            assertThat(approved.outcome().approvedBy()).containsExactly("rex");
        }
    }

    @StorageTest
    void anApprovalShortOfThePolicyIsRecordedAndTheVersionStaysInReview(TestDatabase db) {
        try (Setup s = Setup.open(db, home, c -> c.withPolicy(new ApprovalPolicy(2, List.of(), null)))) {
            ContentHash hash = s.inReview("m", "1.0.0");
            Moved first = s.registry.review(s.rita, "m", "1.0.0", Decision.APPROVE, null, null, hash);
            assertThat(first.moved()).isFalse();
            assertThat(first.outcome().status()).isEqualTo(ReviewOutcome.Status.PENDING);
            assertThat(s.registry.view("m", "1.0.0").entry().state()).isEqualTo(State.IN_REVIEW);
            Moved second = s.registry.review(s.rex, "m", "1.0.0", Decision.APPROVE, null, null, hash);
            assertThat(second.to()).isEqualTo(State.APPROVED);
            assertThat(s.registry.reviews("m", "1.0.0")).extracting(r -> r.reviewer()).containsExactly("rita", "rex");
        }
    }

    @StorageTest
    void aPublishedCardIsDeprecatedAndCannotBeArchivedWhilePublished(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.published("m", "1.0.0");
            Refused.by(() -> s.registry.archive(s.ann, "m", "1.0.0", hash), Kind.CONFLICT, "workflow/not-allowed");
            assertThat(s.registry.deprecate(s.ann, "m", "1.0.0", hash).to()).isEqualTo(State.DEPRECATED);
            assertThat(s.registry.archive(s.ann, "m", "1.0.0", hash).to()).isEqualTo(State.ARCHIVED);
            assertThat(s.registry.verifyAudit().ok()).isTrue();
        }
    }

    @StorageTest
    void anApprovedOrPublishedCardCannotBeUploadedOrEditedAndTheRefusalSaysToStartANewVersion(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash approved = s.approved("a", "1.0.0");
            RegistryException upload = Refused.by(() -> s.registry.upload(s.ann, "a", "1.0.0", Setup.card("late"), approved),
                    Kind.CONFLICT, "workflow/not-allowed");
            assertThat(upload.getMessage()).contains("start a new version");
            ContentHash published = s.published("p", "1.0.0");
            RegistryException edit = Refused.by(() -> s.registry.edit(s.ann, "p", "1.0.0",
                    List.of(FieldEdit.set("/details/summary", Json.text("late"))), published), Kind.CONFLICT, "workflow/not-allowed");
            assertThat(edit.getMessage()).contains("start a new version");
            assertThat(s.registry.catalog().card("p", "1.0.0").orElseThrow().hash()).isEqualTo(published);
        }
    }

    @StorageTest
    void aCheckpointOnRequestIsAnAdminsAndCoversItsOwnAuditEntry(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.draft("m", "1.0.0");
            Refused.by(() -> s.registry.checkpoint(s.rita), Kind.FORBIDDEN, "auth/forbidden");
            var checkpoint = s.registry.checkpoint(s.ada);
            try (Stream<AuditEntry> last = s.registry.audit(checkpoint.seq(), checkpoint.seq())) {
                AuditEntry entry = last.findFirst().orElseThrow();
                assertThat(entry.event().action().wire()).isEqualTo("checkpoint.signed");
                assertThat(entry.hash()).isEqualTo(checkpoint.hash());
            }
            assertThat(s.registry.checkpoints()).containsExactly(checkpoint);
        }
    }

    @StorageTest
    void anUnknownModelOrVersionIsNotFound(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.draft("m", "1.0.0");
            Refused.by(() -> s.registry.view("nope", "latest"), Kind.NOT_FOUND, "catalog/unknown-model");
            Refused.by(() -> s.registry.view("m", "9.9.9"), Kind.NOT_FOUND, "catalog/unknown-version");
            Refused.by(() -> s.registry.submit(s.ann, "m", "9.9.9", null), Kind.NOT_FOUND, "catalog/unknown-version");
        }
    }

    private static long auditSize(Setup s) {
        try (Stream<AuditEntry> all = s.registry.audit(1, Long.MAX_VALUE)) {
            return all.count();
        }
    }
}
