package io.modelcards.registry.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final ContentHash REV = ContentHash.of(ModelCard.empty());
    private static final Instant AT = Instant.parse("2026-12-06T05:00:00Z");
    private static final ApprovalPolicy ROLES = new ApprovalPolicy(1, List.of("technical"), null);

    private static Review review(String who, String role, Decision d, String comment) {
        return new Review(who, role, d, comment, AT, REV);
    }

    @Test
    void anAuthorsApprovalOfTheirOwnRevisionIsRefusedByName() {
        assertThat(review("alice", null, Decision.APPROVE, null).refusal(ApprovalPolicy.DEFAULT, Set.of("alice")))
                .contains(new Refusal("review/own-revision", "alice wrote this revision and cannot approve it: another reviewer must"));
    }

    @Test
    void aChangeRequestWithABlankCommentIsRefused() {
        assertThat(review("bob", null, Decision.REQUEST_CHANGES, " \n").refusal(ApprovalPolicy.DEFAULT, Set.of("alice")))
                .map(Refusal::code).contains("review/comment-required");
    }

    @Test
    void aChangeRequestWithACommentAndAnotherReviewersApprovalAreAccepted() {
        assertThat(review("bob", null, Decision.REQUEST_CHANGES, "add the test split").refusal(ApprovalPolicy.DEFAULT, Set.of("alice")))
                .isEmpty();
        assertThat(review("bob", "technical", Decision.APPROVE, null).refusal(ROLES, Set.of("alice"))).isEmpty();
    }

    @Test
    void aRoleThePolicyLacksIsRefusedWithTheRolesItHas() {
        assertThat(review("bob", "legal", Decision.APPROVE, null).refusal(ROLES, Set.of()))
                .contains(new Refusal("review/unknown-role", "\"legal\" is not a review role here: use one of technical"));
        assertThat(review("bob", "legal", Decision.APPROVE, null).refusal(ApprovalPolicy.DEFAULT, Set.of()))
                .map(Refusal::message).contains("this registry has no review roles: review without \"legal\"");
    }

    @Test
    void decisionsHaveWireNames() {
        assertThat(Decision.parse("request_changes")).contains(Decision.REQUEST_CHANGES);
        assertThat(Decision.APPROVE.id()).isEqualTo("approve");
        assertThat(Decision.parse("undo")).isEmpty();
    }
}
