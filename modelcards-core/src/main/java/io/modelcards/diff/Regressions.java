package io.modelcards.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The gate a pipeline runs before deploying a retrained model: which metrics got worse by more than is allowed.
 *
 * <p>A metric counts as a regression when both cards have it, it got worse by its {@link Direction} by more than the
 * tolerance (an absolute amount, in the metric's units), and, when both results have confidence intervals, the intervals
 * do not overlap: a drop inside the uncertainty of the measurement is not a regression. A metric that was removed is
 * reported by the diff but is not a regression.
 */
public final class Regressions {
    private Regressions() {}

    /** Which metrics the gate looks at. */
    public enum Scope {
        /** The card's primary metrics (see {@link MetricChange#primary()}). */
        PRIMARY,
        /** Every matched metric. */
        ANY
    }

    /**
     * A metric that got worse by more than allowed.
     *
     * @param metric  the metric's comparison
     * @param worseBy how much worse it got, a positive amount in the metric's units
     */
    public record Regression(MetricChange metric, double worseBy) {}

    /** The regressions of {@code diff} in {@code scope} beyond {@code tolerance} (zero or more), in the diff's order. */
    public static List<Regression> find(Diff diff, Scope scope, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be zero or more, not " + tolerance);
        }
        List<Regression> out = new ArrayList<>();
        for (MetricChange m : diff.evaluation()) {
            if (m.verdict() != Verdict.REGRESSED || scope == Scope.PRIMARY && !m.primary()) {
                continue;
            }
            double worse = Numbers.round(Math.abs(m.now() - m.old()));
            if (worse > tolerance && !Boolean.FALSE.equals(m.beyondIntervals())) {
                out.add(new Regression(m, worse));
            }
        }
        return out;
    }
}
