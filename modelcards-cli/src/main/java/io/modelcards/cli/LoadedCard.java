package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardFormat;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.SourceMap;
import java.util.List;

/**
 * A card read from a file, with what is needed to report problems where the user wrote them.
 *
 * @param card      the card
 * @param format    the format it was read from
 * @param sourceMap card JSON pointer → position in the file
 * @param warnings  problems that did not stop reading (e.g. a model-index dropped under --lenient)
 */
record LoadedCard(ModelCard card, CardFormat format, SourceMap sourceMap, List<Diagnostic> warnings) {}
