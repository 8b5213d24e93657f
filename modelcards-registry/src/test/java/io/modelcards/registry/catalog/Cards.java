package io.modelcards.registry.catalog;

import io.modelcards.card.ModelCard;
import io.modelcards.testing.Fixtures;

/** Example cards for catalog tests: a real fixture card, varied by its summary so that each variant has its own hash. */
final class Cards {
    private Cards() {}

    static ModelCard sentiment() {
        return Fixtures.card("classifier-sentiment");
    }

    static ModelCard sentiment(String summary) {
        ModelCard card = sentiment();
        return card.withDetails(card.details().withSummary(summary));
    }
}
