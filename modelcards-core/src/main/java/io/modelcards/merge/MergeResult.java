package io.modelcards.merge;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import java.util.List;

/**
 * The outcome of {@link CardMerge#merge}.
 *
 * @param card      the merged card; its README layout ({@code source}) is the previous card's when it has one
 * @param decisions one decision per field that either card has, in the order of the card's JSON form
 * @param problems  warnings about conflicts ({@code merge/human-over-captured}, {@code merge/missing-captured},
 *                  {@code merge/human-unplaced}), each naming its field by pointer, in the input "-" at 0:0 (the caller
 *                  locates them in its files)
 */
public record MergeResult(ModelCard card, List<Decision> decisions, List<Diagnostic> problems) {
    /** Keeps unmodifiable copies of the lists. */
    public MergeResult {
        decisions = List.copyOf(decisions);
        problems = List.copyOf(problems);
    }
}
