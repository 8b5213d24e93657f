package io.modelcards.registry.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outcome for a revision whose hash the caller knows: the same rules, without hashing the card again. */
class KnownRevisionOutcomeTest {
    private static final ModelCard CARD = Fixtures.card("classifier-sentiment");
    private static final ContentHash HASH = ContentHash.of(CARD);
    private static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void theOutcomeForTheCardsOwnHashIsTheOneThatHashesTheCard() {
        List<Review> reviews = List.of(new Review("rita", null, Decision.APPROVE, null, AT, HASH));
        ReviewOutcome known = ReviewOutcome.of(ApprovalPolicy.DEFAULT, Set.of("ann"), reviews, HASH, CARD);
        assertThat(known).isEqualTo(ReviewOutcome.of(ApprovalPolicy.DEFAULT, Set.of("ann"), reviews, CARD));
        assertThat(known.status()).isEqualTo(ReviewOutcome.Status.APPROVED);
    }

    @Test
    void reviewsOfAnotherRevisionThanTheKnownOneDoNotCount() {
        ContentHash other = new ContentHash("ab".repeat(32));
        List<Review> reviews = List.of(new Review("rita", null, Decision.APPROVE, null, AT, HASH));
        ReviewOutcome outcome = ReviewOutcome.of(ApprovalPolicy.DEFAULT, Set.of("ann"), reviews, other, CARD);
        assertThat(outcome.status()).isEqualTo(ReviewOutcome.Status.PENDING);
        assertThat(outcome.revision()).isEqualTo(other);
    }
}
