package io.modelcards.codec;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.SourceMap;
import java.util.List;

/**
 * A card read from a file or an upload, with what is needed to report problems where the user wrote them.
 *
 * @param card      the card
 * @param format    the format it was read from
 * @param sourceMap card JSON Pointer → position in the text it was read from
 * @param problems  problems that did not stop reading (e.g. a model-index dropped when reading leniently)
 */
public record LoadedCard(ModelCard card, CardFormat format, SourceMap sourceMap, List<Diagnostic> problems) {
    /** Keeps an unmodifiable copy of the problems. */
    public LoadedCard {
        problems = List.copyOf(problems);
    }
}
