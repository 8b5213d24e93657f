package io.modelcards.card;

import java.util.List;

/**
 * The class distribution of a label column.
 *
 * @param column   the label column
 * @param detected true when the column was detected by name rather than named by the user
 * @param classes  every class with its count and share, most frequent first; or the top classes when there are many
 * @param complete whether {@code classes} lists every class
 */
public record LabelDistribution(String column, boolean detected, List<DatasetStatistics.TopValue> classes,
                                boolean complete) {
    public LabelDistribution {
        classes = Lists.copy(classes);
    }
}
