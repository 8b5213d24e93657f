package io.modelcards.diff;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a larger or a smaller value of a metric is better. A result that records it is taken at its word; otherwise
 * {@link #of(String)} decides by name.
 */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /**
     * The words that make a metric lower-is-better when its name contains one as a word (split at anything that is not a
     * letter or digit): {@code eval_loss}, {@code mean_absolute_error}, {@code WER}. Every other metric is higher-is-better.
     */
    public static final Set<String> LOWER_WORDS = Set.of("loss", "error", "perplexity", "mae", "mse", "rmse", "wer", "cer");

    /** The direction of a metric by its name, by the table {@link #LOWER_WORDS}; null or empty is higher-is-better. */
    public static Direction of(String metric) {
        if (metric == null) {
            return HIGHER_IS_BETTER;
        }
        for (String word : metric.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (LOWER_WORDS.contains(word)) {
                return LOWER_IS_BETTER;
            }
        }
        return HIGHER_IS_BETTER;
    }

    /** The direction a result records ({@code higherIsBetter}), or by name when it records none. */
    public static Direction of(Boolean higherIsBetter, String metric) {
        if (higherIsBetter != null) {
            return higherIsBetter ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
        }
        return of(metric);
    }

    /** The word the outputs use: {@code higher} or {@code lower} (is better). */
    public String word() {
        return this == HIGHER_IS_BETTER ? "higher" : "lower";
    }

    /** Whether going from {@code old} to {@code now} is better (positive), worse (negative) or neither (zero). */
    public int compare(double old, double now) {
        int c = Double.compare(now, old);
        return this == HIGHER_IS_BETTER ? c : -c;
    }
}
