package io.modelcards.render.chart;

import io.modelcards.card.LogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training log as chart series: one series per metric, in first-logged order, with the points where that metric
 * has a finite value, and the step of the best checkpoint if a row is marked best.
 *
 * @param series   metrics with at least one finite value; none is empty
 * @param bestStep the step of the first row marked best, or null
 */
public record TrainingCurve(List<Series> series, Long bestStep) {
    public TrainingCurve {
        series = List.copyOf(series);
    }

    /** One metric over the steps: its name exactly as logged (untrusted text) and its points in log order. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }

        /** The value logged at {@code step}, or null when this metric has no point there. */
        public Double valueAt(long step) {
            for (Point p : points) {
                if (p.step() == step) {
                    return p.value();
                }
            }
            return null;
        }
    }

    /** One logged value. */
    public record Point(long step, double value) {}

    /** The curve of {@code log}; NaN and infinite values are left out, since no axis can place them. */
    public static TrainingCurve of(List<LogEntry> log) {
        Map<String, List<Point>> byName = new LinkedHashMap<>();
        Long best = null;
        for (LogEntry e : log) {
            for (var m : e.metrics().entrySet()) {
                Double v = m.getValue();
                if (m.getKey() != null && v != null && Double.isFinite(v)) {
                    byName.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(new Point(e.step(), v));
                }
            }
            if (e.best() && best == null) {
                best = e.step();
            }
        }
        List<Series> series = new ArrayList<>();
        byName.forEach((name, points) -> series.add(new Series(name, points)));
        return new TrainingCurve(series, best);
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** The smallest and largest step of any point; only on a non-empty curve. */
    long[] stepRange() {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Series s : series) {
            for (Point p : s.points()) {
                lo = Math.min(lo, p.step());
                hi = Math.max(hi, p.step());
            }
        }
        if (bestStep != null) {
            lo = Math.min(lo, bestStep);
            hi = Math.max(hi, bestStep);
        }
        return new long[] {lo, hi};
    }
}
