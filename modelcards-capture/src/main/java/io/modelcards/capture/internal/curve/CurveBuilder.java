package io.modelcards.capture.internal.curve;

import io.modelcards.card.LogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the card's training curve from a {@link CurveStore}: per series at most {@code maxPoints} points chosen by
 * {@link Lttb}, always including the exact first, last, smallest, largest and best-checkpoint values, then one
 * {@link LogEntry} per step in the union of the chosen steps, with the best checkpoint's row flagged.
 */
public final class CurveBuilder {
    /** The default bound on points per series in the card. */
    public static final int DEFAULT_MAX_POINTS = 500;

    private CurveBuilder() {}

    /** The downsampled points of one series, in step order, with its exact extremes and {@code pinned} point. */
    public static List<Point> downsample(Series s, int maxPoints, Point pinned) {
        Map<Long, Point> mandatory = new TreeMap<>();
        for (Point p : new Point[] {s.first(), s.last(), s.min(), s.max(), pinned}) {
            if (p != null) {
                mandatory.put(p.step(), p);
            }
        }
        Point[] points = s.points();
        int budget = Math.max(2, maxPoints - mandatory.size());
        Point[] chosen = points.length <= maxPoints ? points : Lttb.downsample(points, budget);
        TreeMap<Long, Point> out = new TreeMap<>();
        for (Point p : chosen) {
            out.put(p.step(), p);
        }
        out.putAll(mandatory);
        // Both sets together exceed the bound only when maxPoints is tiny; drop the earliest unpinned points.
        while (out.size() > maxPoints) {
            Long drop = out.keySet().stream().filter(k -> !mandatory.containsKey(k)).findFirst().orElse(null);
            if (drop == null) {
                break;
            }
            out.remove(drop);
        }
        return new ArrayList<>(out.values());
    }

    /** The training curve for the card: one row per chosen step, best checkpoint flagged. */
    public static List<LogEntry> log(CurveStore store, int maxPoints) {
        TreeMap<Long, Map<String, Double>> rows = new TreeMap<>();
        TreeMap<Long, Double> epochs = new TreeMap<>();
        store.series().forEach((name, s) -> {
            for (Point p : downsample(s, maxPoints, store.bestValues().get(name))) {
                rows.computeIfAbsent(p.step(), k -> new LinkedHashMap<>()).put(name, p.value());
                if (!Double.isNaN(p.epoch())) {
                    epochs.putIfAbsent(p.step(), p.epoch());
                }
            }
        });
        if (store.hasBest()) {
            // The best row exists even when no metric was logged at exactly that step.
            rows.computeIfAbsent(store.bestStep(), k -> new LinkedHashMap<>());
        }
        List<LogEntry> out = new ArrayList<>(rows.size());
        rows.forEach((step, metrics) -> out.add(new LogEntry(step, epochs.get(step), metrics,
                store.hasBest() && step == store.bestStep())));
        return out;
    }
}
