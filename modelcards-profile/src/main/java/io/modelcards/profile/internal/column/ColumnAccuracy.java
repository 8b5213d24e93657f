package io.modelcards.profile.internal.column;

import io.modelcards.card.SketchAccuracy;
import java.util.Locale;
import org.apache.datasketches.kll.KllSketch;

/** The error bounds of the figures {@link ColumnAccumulator} computes, in numbers and in words. */
public final class ColumnAccuracy {
    private ColumnAccuracy() {}

    /**
     * The bounds of settings {@code s}: KLL normalized rank error at 99% confidence for quantiles and histograms, HLL
     * relative standard error (1.04/√2^lgK) for distinct counts, the exact bounds, and Space-Saving's maximum
     * overcount share (1/counters) for top values.
     */
    public static SketchAccuracy accuracy(ColumnSettings s) {
        double rankError = KllSketch.getNormalizedRankError(s.kllK(), false);
        double hllError = 1.04 / Math.sqrt(Math.pow(2, s.hllLgK()));
        double overcount = 1.0 / s.heavyHitterCapacity();
        String method = String.format(Locale.ROOT,
                "Counts, nulls, min, max, mean and standard deviation are exact over all rows. Distinct counts are "
                + "exact up to %d values per column, then estimated by an HLL sketch (lgK=%d, relative standard "
                + "error %.2f%%). Quantiles and histograms are exact while a column has at most %d distinct values "
                + "(text and list lengths: %d), then come from a KLL sketch (k=%d, rank error %.2f%% at 99%% "
                + "confidence). Top values are exact up to %d distinct values, then come from a Space-Saving summary "
                + "of %d counters whose counts may be over by at most %.3f%% of the column's values.",
                s.distinctExactUpTo(), s.hllLgK(), 100 * hllError, s.topExactUpTo(), LengthStats.EXACT_LENGTHS,
                s.kllK(), 100 * rankError, s.topExactUpTo(), s.heavyHitterCapacity(), 100 * overcount);
        return new SketchAccuracy(rankError, (long) s.distinctExactUpTo(), hllError, (long) s.topExactUpTo(),
                overcount, method);
    }
}
