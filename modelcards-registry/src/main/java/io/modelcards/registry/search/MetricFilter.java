package io.modelcards.registry.search;

import java.util.Locale;
import java.util.Objects;

/**
 * A condition on one metric of a card: its type, optionally a comparison with a threshold, optionally the dataset
 * (and split) it was measured on. Written in a query as {@code metric:accuracy>=0.9@imdb/test}.
 *
 * <p>The dataset part matches a result whose dataset is the whole text ({@code @stanfordnlp/sst2}), or whose dataset
 * is the text before the last {@code /} and whose split is the rest ({@code @imdb/test}). Types, datasets and splits
 * match without regard to case. Only overall results count, not results on a slice of the data.
 *
 * @param type       the metric type, e.g. {@code accuracy}
 * @param comparison how the value is compared with {@code threshold}, or null for "has this metric"
 * @param threshold  the value compared with, or null with no comparison
 * @param dataset    the dataset, or dataset/split, the result was measured on; null for any
 */
public record MetricFilter(String type, Comparison comparison, Double threshold, String dataset) {
    /** Checks that a comparison comes with a finite threshold and lower-cases the names. */
    public MetricFilter {
        Objects.requireNonNull(type, "type");
        if ((comparison == null) != (threshold == null)) {
            throw new IllegalArgumentException("a comparison needs a threshold and a threshold a comparison");
        }
        if (threshold != null && !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the threshold must be a finite number, not " + threshold);
        }
        type = type.toLowerCase(Locale.ROOT);
        dataset = dataset == null || dataset.isEmpty() ? null : dataset.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code value} passes the comparison (always, with none). */
    public boolean accepts(double value) {
        return comparison == null || comparison.holds(value, threshold);
    }

    /** The dataset part before its last {@code /}, or null when it has none. */
    String datasetHead() {
        int slash = dataset == null ? -1 : dataset.lastIndexOf('/');
        return slash <= 0 ? null : dataset.substring(0, slash);
    }

    /** The dataset part after its last {@code /} (a split), or null when it has none. */
    String datasetTail() {
        int slash = dataset == null ? -1 : dataset.lastIndexOf('/');
        return slash <= 0 || slash == dataset.length() - 1 ? null : dataset.substring(slash + 1);
    }

    /** The filter as a query term, e.g. {@code metric:accuracy>=0.9@imdb/test}. */
    @Override
    public String toString() {
        return "metric:" + type + (comparison == null ? "" : comparison.symbol() + threshold) + (dataset == null ? "" : "@" + dataset);
    }

    /** A comparison of a metric's value with a threshold. */
    public enum Comparison {
        /** At least the threshold. */
        AT_LEAST(">="),
        /** Above the threshold. */
        ABOVE(">"),
        /** At most the threshold. */
        AT_MOST("<="),
        /** Below the threshold. */
        BELOW("<"),
        /** Exactly the threshold. */
        EQUAL("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** How it is written in a query: {@code >=}, {@code >}, {@code <=}, {@code <} or {@code =}. */
        public String symbol() {
            return symbol;
        }

        /** Whether {@code value} compares so with {@code threshold}. */
        public boolean holds(double value, double threshold) {
            return switch (this) {
                case AT_LEAST -> value >= threshold;
                case ABOVE -> value > threshold;
                case AT_MOST -> value <= threshold;
                case BELOW -> value < threshold;
                case EQUAL -> value == threshold;
            };
        }
    }
}
