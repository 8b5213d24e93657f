package io.modelcards.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One evaluation result compared across the two cards, matched by its key.
 *
 * <p>Results of {@code evaluation.quantitative} are matched by (metric, dataset, split, slice); results of the
 * {@code model-index} by (task, dataset, config, split, metric), where {@code dataset} is the dataset type (its name when it
 * has no type). Non-numeric model-index values are left out.
 *
 * @param source          which list of the card the result comes from
 * @param metric          the metric (type), e.g. "accuracy"
 * @param task            the task type (model-index only), or null
 * @param dataset         the dataset
 * @param config          the dataset config (model-index only), or null
 * @param split           the split, or null
 * @param slice           the slice (evaluation only), empty for the whole dataset
 * @param old             the old value, or null when the result was added
 * @param now             the new value, or null when it was removed
 * @param delta           {@code now - old} (12 significant digits), or null unless both exist
 * @param relative        {@code delta / |old|}, or null unless both exist and old is not zero
 * @param direction       whether higher or lower is better: from the result when it says, else by {@link Direction#of(String)}
 * @param verdict         improved, regressed, unchanged, added or removed
 * @param oldInterval     the old confidence interval, or null
 * @param nowInterval     the new confidence interval, or null
 * @param beyondIntervals whether the intervals do not overlap; null unless both results have one
 * @param primary         whether this is a primary metric of the card (see {@link Regressions})
 */
public record MetricChange(Source source, String metric, String task, String dataset, String config, String split,
                           Map<String, String> slice, Double old, Double now, Double delta, Double relative, Direction direction,
                           Verdict verdict, Interval oldInterval, Interval nowInterval, Boolean beyondIntervals, boolean primary) {

    /** Keeps an unmodifiable copy of the slice. */
    public MetricChange {
        slice = slice == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(slice));
    }

    /** Which list of the card a result comes from. */
    public enum Source {
        /** {@code evaluation.quantitative}: typed results with slices and intervals. */
        EVALUATION("evaluation"),
        /** The {@code model-index} of the front matter. */
        MODEL_INDEX("model-index");

        private final String word;

        Source(String word) {
            this.word = word;
        }

        /** The word the outputs use. */
        public String word() {
            return word;
        }
    }

    /** Where the result was measured, for people: {@code SST-2/validation [label=positive]}. */
    public String where() {
        StringBuilder b = new StringBuilder(dataset == null ? "-" : dataset);
        if (config != null) {
            b.append('/').append(config);
        }
        if (split != null) {
            b.append('/').append(split);
        }
        if (!slice.isEmpty()) {
            StringBuilder s = new StringBuilder();
            slice.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            b.append(" [").append(s).append(']');
        }
        return b.toString();
    }
}
