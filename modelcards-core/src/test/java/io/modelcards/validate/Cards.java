package io.modelcards.validate;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.CardSourceMap;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;
import java.util.Set;

/** Builds cards from YAML text for tests, and validates them with their source map. */
final class Cards {
    private Cards() {}

    static ModelCard yaml(String text) {
        try {
            return CardCodec.fromYaml(text, "card.yaml");
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static List<Diagnostic> validate(String yaml, Set<RulePack> packs) {
        return Validator.validate(yaml(yaml), CardSourceMap.of(CardMappers.yaml(), yaml, "card.yaml"), packs, ValidationOptions.DEFAULTS);
    }

    static List<String> lines(String yaml, Set<RulePack> packs) {
        return validate(yaml, packs).stream().map(Diagnostic::format).toList();
    }
}
