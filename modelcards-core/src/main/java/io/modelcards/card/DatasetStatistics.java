package io.modelcards.card;

import java.util.List;
import java.util.Map;

/**
 * Statistics of a dataset, and the method that produced them.
 *
 * @param method  "exact" (all rows) or "sample"; never a silent first-N
 * @param sampled rows sampled, when {@code method} is "sample"
 * @param seed    sampling seed, when sampled
 * @param rows    rows in the dataset
 * @param columns statistics per column, in column order
 */
public record DatasetStatistics(String method, Long sampled, Long seed, long rows, List<Column> columns) {
    public DatasetStatistics {
        columns = Lists.copy(columns);
    }

    /**
     * Statistics of one column. Numeric fields are null where they do not apply to the column's type.
     *
     * @param quantiles quantile label (e.g. "p50") to value
     * @param top       most frequent values with their counts
     */
    public record Column(String name, String type, long count, long nulls, Long distinct, Double min, Double max,
                         Double mean, Double std, Map<String, Double> quantiles, List<TopValue> top) {
        public Column {
            quantiles = Lists.copy(quantiles);
            top = Lists.copy(top);
        }
    }

    /** A frequent value and how often it occurs. */
    public record TopValue(String value, long count) {}
}
