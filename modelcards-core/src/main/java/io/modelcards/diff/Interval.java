package io.modelcards.diff;

/**
 * A confidence interval of a metric value.
 *
 * @param low   lower bound
 * @param high  upper bound
 * @param level confidence level, e.g. 0.95, or null when not recorded
 */
public record Interval(double low, double high, Double level) {
    /** The interval of a result, or null unless it records both bounds. */
    public static Interval of(Double low, Double high, Double level) {
        return low == null || high == null ? null : new Interval(low, high, level);
    }

    /** Whether the two intervals share no value: a change larger than either result's uncertainty. */
    public boolean disjointFrom(Interval other) {
        return low > other.high || high < other.low;
    }
}
