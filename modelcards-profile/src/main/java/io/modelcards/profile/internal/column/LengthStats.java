package io.modelcards.profile.internal.column;

import io.modelcards.card.Distribution;
import io.modelcards.card.DistributionBuilder;

/**
 * A summary of a non-negative integer measure such as text length, list length or binary size, as a card
 * {@link Distribution}.
 *
 * <p>Count, total, min, max, mean and sample standard deviation are exact ({@link ExactMoments}); quantiles and
 * histogram are exact while the measure has at most {@link #EXACT_LENGTHS} distinct values, then from a KLL sketch
 * ({@link Spread}). The histogram has one bar per integer when max − min < the bin count, else equal-width bins.
 */
final class LengthStats {
    /** Distinct lengths kept exactly; text and list lengths rarely have more. */
    static final int EXACT_LENGTHS = 4096;

    private final ExactMoments moments = new ExactMoments();
    private final Spread spread;

    LengthStats(ColumnSettings settings) {
        spread = new Spread(false, EXACT_LENGTHS, settings.kllK());
    }

    void add(long v) {
        moments.add(v);
        spread.addLong(v);
    }

    void merge(LengthStats other) {
        moments.merge(other.moments);
        spread.merge(other.spread);
    }

    Distribution toDistribution(int bins) {
        long n = moments.n;
        if (n == 0) {
            return DistributionBuilder.builder().count(0).total(0.0).build();
        }
        double min = moments.min;
        double max = moments.max;
        double var = moments.sampleVariance();
        return DistributionBuilder.builder().count(n).total(moments.sum().doubleValue()).min(min).max(max).mean(moments.mean())
                .std(Double.isNaN(var) ? null : Math.sqrt(var)).quantiles(spread.quantiles())
                .histogram(spread.histogram(min, max, max - min < bins, bins)).build();
    }
}
