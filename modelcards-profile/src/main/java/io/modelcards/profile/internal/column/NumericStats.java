package io.modelcards.profile.internal.column;

import io.modelcards.card.Histogram;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * Min, max, mean, standard deviation, quantiles and histogram of a column's numbers (ints, floats, and bools as 0/1).
 *
 * <p>Ints and bools go to {@link ExactMoments}, so an integer column's mean and deviation are exact and independent of
 * the split; floats go to {@link FloatMoments}; the two are combined with Chan's formula at the end. The standard
 * deviation is the sample one (n − 1) and null below two values. NaN values are counted as values but left out of
 * min, max, moments and quantiles. Quantiles and histogram come from a {@link Spread} that is exact while the column
 * has at most {@code topExactUpTo} distinct numbers.
 */
final class NumericStats {
    private final ExactMoments ints = new ExactMoments();
    private final FloatMoments floats = new FloatMoments();
    private double floatMin = Double.POSITIVE_INFINITY;
    private double floatMax = Double.NEGATIVE_INFINITY;
    private final Spread spread;

    NumericStats(ColumnSettings settings) {
        spread = new Spread(true, settings.topExactUpTo(), settings.kllK());
    }

    void addLong(long v) {
        ints.add(v);
        spread.addDouble(v);
    }

    void addDouble(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        floats.add(v);
        if (v < floatMin) {
            floatMin = v;
        }
        if (v > floatMax) {
            floatMax = v;
        }
        spread.addDouble(v);
    }

    void merge(NumericStats o) {
        ints.merge(o.ints);
        floats.merge(o.floats.n, o.floats.mean, o.floats.m2);
        floatMin = Math.min(floatMin, o.floatMin);
        floatMax = Math.max(floatMax, o.floatMax);
        spread.merge(o.spread);
    }

    long n() {
        return ints.n + floats.n;
    }

    Double min() {
        return n() == 0 ? null : Math.min(ints.n == 0 ? Double.POSITIVE_INFINITY : ints.min, floatMin);
    }

    Double max() {
        return n() == 0 ? null : Math.max(ints.n == 0 ? Double.NEGATIVE_INFINITY : ints.max, floatMax);
    }

    Double mean() {
        if (n() == 0) {
            return null;
        }
        return floats.n == 0 ? ints.mean() : stable(combined().mean);
    }

    Double std() {
        if (n() < 2) {
            return null;
        }
        if (floats.n == 0) {
            return Math.sqrt(ints.sampleVariance());
        }
        FloatMoments all = combined();
        return stable(Math.sqrt(all.m2 / (all.n - 1)));
    }

    /**
     * A float-derived figure cut to {@value #SIGNIFICANT} significant digits: rounding error from merging the workers
     * in another order lives in the last digits, and the same data must give the same profile on any core count.
     */
    static double stable(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(SIGNIFICANT)).doubleValue();
    }

    static final int SIGNIFICANT = 12;

    private FloatMoments combined() {
        FloatMoments all = new FloatMoments();
        all.merge(floats.n, floats.mean, floats.m2);
        if (ints.n > 0) {
            all.merge(ints.n, ints.mean(), ints.m2());
        }
        return all;
    }

    Map<String, Double> quantiles() {
        return spread.quantiles();
    }

    boolean isExact() {
        return spread.isExact();
    }

    /** One bar per integer when there are no floats and max − min < bins; else equal-width bins. */
    Histogram histogram(int bins) {
        if (n() == 0) {
            return null;
        }
        double min = min();
        double max = max();
        return spread.histogram(min, max, floats.n == 0 && max - min < bins, bins);
    }
}
