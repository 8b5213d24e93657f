package io.modelcards.profile.internal.column;

import io.modelcards.card.SketchAccuracy;
import io.modelcards.profile.internal.tokens.TokenCounter;

/**
 * The bounds and helpers every column accumulator of one profile run shares.
 *
 * @param distinctExactUpTo distinct counts are exact up to this many values, then an HLL sketch takes over
 * @param hllLgK            log2 of the HLL sketch's register count
 * @param topK              top values reported per column
 * @param topExactUpTo      top counts are exact while a column has at most this many distinct values
 * @param kllK              KLL sketch size, which sets the quantile rank error
 * @param histogramBins     bins of numeric histograms
 * @param tokens            per-worker token counter, or null for no token counts
 * @param scanPrivacy       whether text values are scanned for personal data and secrets
 */
public record ColumnSettings(int distinctExactUpTo, int hllLgK, int topK, int topExactUpTo, int kllK,
                             int histogramBins, TokenCounter tokens, boolean scanPrivacy) {
    /** The defaults of {@code modelcards profile}. */
    public static ColumnSettings defaults() {
        return new ColumnSettings(100_000, 14, 10, 10_000, 200, 20, null, true);
    }

    /** These settings with a token counter. */
    public ColumnSettings withTokens(TokenCounter counter) {
        return new ColumnSettings(distinctExactUpTo, hllLgK, topK, topExactUpTo, kllK, histogramBins, counter,
                scanPrivacy);
    }

    /**
     * Counters of the Space-Saving summary that takes over a column's top values beyond {@link #topExactUpTo}: 64 per
     * reported value and at least 1024, so a count is over by at most 1/capacity of the column's values.
     */
    public int heavyHitterCapacity() {
        return Math.max(1024, 64 * topK);
    }

    /** The error bounds these settings give, for the card's {@code accuracy}. */
    public SketchAccuracy accuracy() {
        return ColumnAccuracy.accuracy(this);
    }
}
