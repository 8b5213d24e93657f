package io.modelcards.profile.internal.column;

/**
 * Count, mean and sum of squared deviations of floating-point values (Welford), merged with Chan et al.'s parallel
 * formula. Floating-point rounding makes the last bits of the mean and deviation depend on the split of the rows;
 * integers use {@link ExactMoments} instead, which does not.
 */
final class FloatMoments {
    long n;
    double mean;
    double m2;

    void add(double v) {
        n++;
        double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
    }

    void merge(long on, double omean, double om2) {
        if (on == 0) {
            return;
        }
        if (n == 0) {
            n = on;
            mean = omean;
            m2 = om2;
            return;
        }
        long total = n + on;
        double d = omean - mean;
        mean += d * on / total;
        m2 += om2 + d * d * ((double) n * on / total);
        n = total;
    }
}
