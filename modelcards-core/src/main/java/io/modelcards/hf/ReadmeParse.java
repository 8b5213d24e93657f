package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.SourceMap;
import java.util.List;

/**
 * A README read into a card.
 *
 * @param card      the card, carrying the README layout in {@link ModelCard#source()}
 * @param sourceMap where each card value was written in the README
 * @param problems  problems that did not stop the import (e.g. a dropped model-index under lenient reading)
 */
public record ReadmeParse(ModelCard card, SourceMap sourceMap, List<Diagnostic> problems) {
    public ReadmeParse {
        problems = List.copyOf(problems);
    }
}
