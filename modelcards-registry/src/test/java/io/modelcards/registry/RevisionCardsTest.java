package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import org.junit.jupiter.api.Test;

class RevisionCardsTest {
    private static final ModelCard CARD = Setup.card("kept");
    private static final ContentHash HASH = ContentHash.of(CARD);

    @Test
    void aKeptCardIsFoundByItsVersionAndHash() {
        RevisionCards cards = new RevisionCards();
        cards.put(7, HASH, CARD);
        assertThat(cards.get(7, HASH)).containsSame(CARD);
    }

    @Test
    void theSameRevisionOfAnotherVersionIsNotTheKeptOne() {
        RevisionCards cards = new RevisionCards();
        cards.put(7, HASH, CARD);
        assertThat(cards.get(8, HASH)).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedCardLeavesWhenTheCacheIsFull() {
        RevisionCards cards = new RevisionCards();
        for (long v = 1; v <= RevisionCards.CAPACITY; v++) {
            cards.put(v, HASH, CARD);
        }
        cards.get(1, HASH);
        cards.put(RevisionCards.CAPACITY + 1, HASH, CARD);
        assertThat(cards.size()).isEqualTo(RevisionCards.CAPACITY);
        assertThat(cards.get(1, HASH)).isPresent();
        assertThat(cards.get(2, HASH)).isEmpty();
    }
}
