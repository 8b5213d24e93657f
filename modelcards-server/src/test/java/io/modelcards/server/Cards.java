package io.modelcards.server;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.testing.Fixtures;

/** Example cards for the HTTP tests: a fixture card that passes every default rule pack, varied by its summary. */
final class Cards {
    private Cards() {
    }

    /** The example card with {@code summary}, as JSON text. */
    static String json(String summary) {
        ModelCard card = Fixtures.card("classifier-sentiment");
        return CardCodec.toJson(card.withDetails(card.details().withSummary(summary)));
    }
}
