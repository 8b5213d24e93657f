package io.modelcards.capture.internal.evaluation;

import java.util.Arrays;

/**
 * Seeded percentile bootstrap of a mean: resample the per-example values with replacement {@code resamples} times,
 * take each resample's mean, and report the {@code (1-level)/2} and {@code (1+level)/2} percentiles of those means
 * (linear interpolation between order statistics, as numpy's default). The same seed and values give the same
 * interval on every JVM: indexes come from SplitMix64, whose 53 high bits scale to {@code [0, n)}.
 *
 * @param resamples how many resamples, e.g. 1000
 * @param level     confidence level in (0, 1), e.g. 0.95
 * @param seed      seed of the generator
 */
public record Bootstrap(int resamples, double level, long seed) {
    /** 1000 resamples at 95 %, seed 0. */
    public static final Bootstrap DEFAULT = new Bootstrap(1000, 0.95, 0);

    public Bootstrap {
        if (resamples < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("need resamples >= 1 and 0 < level < 1: " + resamples + ", " + level);
        }
    }

    /** The confidence interval of the mean of {@code values}, or null when there are none. */
    public Interval interval(double[] values) {
        int n = values.length;
        if (n == 0) {
            return null;
        }
        double[] means = new double[resamples];
        long state = seed;
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                state += 0x9E3779B97F4A7C15L;
                int index = (int) (((mix(state) >>> 11) * 0x1.0p-53) * n);
                sum += values[index];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new Interval(percentile(means, (1 - level) / 2), percentile(means, (1 + level) / 2), level);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double percentile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }

    /** A confidence interval {@code [low, high]} at {@code level}. */
    public record Interval(double low, double high, double level) {}
}
