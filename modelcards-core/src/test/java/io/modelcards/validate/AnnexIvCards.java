package io.modelcards.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.testing.Fixtures;

/** The card that documents every point of Annex IV ({@code schema/1.4/annex-iv.json}), whole or with fields removed. */
final class AnnexIvCards {
    static final String FIXTURE = "schema/1.4/annex-iv.json";

    private AnnexIvCards() {}

    static ModelCard documented() {
        return without();
    }

    /** The fixture with the value at each of {@code pointers} removed. */
    static ModelCard without(String... pointers) {
        try {
            ObjectNode tree = (ObjectNode) CardMappers.json().readTree(Fixtures.text(FIXTURE));
            for (String p : pointers) {
                JsonPointer at = JsonPointer.compile(p);
                ((ObjectNode) tree.at(at.head())).remove(at.last().getMatchingProperty());
            }
            return CardCodec.fromJson(tree.toString(), "annex-iv.json");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
