package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Comment;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class CommentFlowTest {
    @TempDir
    Path home;

    @StorageTest
    void aReviewerAnchorsACommentToAFieldAndTheAuthorRepliesAndResolvesIt(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.inReview("m", "1.0.0");
            Comment asked = s.registry.comment(s.rita, "m", "1.0.0",
                    new NewComment("Which languages does it fail on?", "/uses/out_of_scope_use", null, null));
            Comment reply = s.registry.comment(s.ann, "m", "1.0.0", new NewComment("All but English.", null, null, asked.id()));
            Comment resolved = s.registry.resolveComment(s.ann, "m", "1.0.0", asked.id());
            assertThat(asked.revision()).isEqualTo(hash);
            assertThat(asked.pointer()).isEqualTo("/uses/out_of_scope_use");
            assertThat(reply.parentId()).isEqualTo(asked.id());
            assertThat(resolved.resolved()).isTrue();
            assertThat(s.registry.comments("m", "1.0.0")).extracting(Comment::text, Comment::resolved)
                    .containsExactly(tuple("Which languages does it fail on?", true),
                            tuple("All but English.", false));
            assertThat(actions(s)).endsWith("comment.added", "comment.added", "comment.resolved");
        }
    }

    @StorageTest
    void resolvingAResolvedCommentAgainChangesNothing(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.inReview("m", "1.0.0");
            Comment c = s.registry.comment(s.rita, "m", "1.0.0", NewComment.of("Typo in the summary."));
            s.registry.resolveComment(s.rita, "m", "1.0.0", c.id());
            long before = actions(s).length;
            assertThat(s.registry.resolveComment(s.rita, "m", "1.0.0", c.id()).resolved()).isTrue();
            assertThat(actions(s)).hasSize((int) before);
        }
    }

    @StorageTest
    void aCommentWithABadPointerAndNoTextIsRefusedWithBothProblems(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.inReview("m", "1.0.0");
            RegistryException e = Refused.by(() -> s.registry.comment(s.rita, "m", "1.0.0", new NewComment(" ", "uses", null, null)),
                    Kind.INVALID, "comment/pointer-shape");
            assertThat(e.problems()).extracting(d -> d.code()).containsExactly("comment/pointer-shape", "comment/text-required");
            assertThat(e.problems().get(0).pointer()).isEqualTo("uses");
            assertThat(s.registry.comments("m", "1.0.0")).isEmpty();
        }
    }

    @StorageTest
    void aReplyToACommentOfAnotherVersionIsRefused(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.inReview("m", "1.0.0");
            s.inReview("m", "2.0.0");
            Comment other = s.registry.comment(s.rita, "m", "2.0.0", NewComment.of("On 2.0.0."));
            Refused.by(() -> s.registry.comment(s.rita, "m", "1.0.0", new NewComment("Re", null, null, other.id())), Kind.INVALID,
                    "comment/parent-unknown");
            Refused.by(() -> s.registry.resolveComment(s.rita, "m", "1.0.0", other.id()), Kind.NOT_FOUND, "comment/unknown");
        }
    }

    @StorageTest
    void viewersAndOtherAuthorsCannotCommentButReviewersCanOnAnyModel(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.inReview("m", "1.0.0");
            Refused.by(() -> s.registry.comment(s.vic, "m", "1.0.0", NewComment.of("hi")), Kind.FORBIDDEN, "auth/forbidden");
            Refused.by(() -> s.registry.comment(s.bob, "m", "1.0.0", NewComment.of("hi")), Kind.FORBIDDEN, "auth/not-owner");
            assertThat(s.registry.comment(s.rex, "m", "1.0.0", NewComment.of("hi")).author()).isEqualTo("rex");
        }
    }

    private static String[] actions(Setup s) {
        try (Stream<AuditEntry> all = s.registry.audit(1, Long.MAX_VALUE)) {
            return all.map(e -> e.event().action().wire()).toArray(String[]::new);
        }
    }
}
