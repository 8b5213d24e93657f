package io.modelcards.capture.internal.curve;

import io.modelcards.capture.internal.redaction.Secrets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every logged metric in bounded memory: one {@link Series} per metric name, plus the exact values logged at the
 * best checkpoint's step. Metric names are scrubbed of secrets once, when a series is created. Not thread-safe:
 * the recorder guards it.
 */
public final class CurveStore {
    private final int capacity;
    private final Map<String, Series> byRawName = new HashMap<>();
    private final Map<String, Series> series = new LinkedHashMap<>();
    private long bestStep = -1;
    private boolean hasBest;
    private Map<String, Point> best = Map.of();

    /** A store whose series keep at most {@code capacity} points each. */
    public CurveStore(int capacity) {
        this.capacity = capacity;
    }

    /** Adds one value of metric {@code name}; {@code epoch} is NaN when unknown. */
    public void add(String name, long step, double epoch, double value) {
        Series s = byRawName.get(name);
        if (s == null) {
            s = series.computeIfAbsent(Secrets.scrub(name), k -> new Series(capacity));
            byRawName.put(name, s);
        }
        s.add(step, epoch, value);
    }

    /** Adds every metric logged at one step. */
    public void add(long step, double epoch, Map<String, Double> metrics) {
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            Double v = e.getValue();
            if (v != null) {
                add(e.getKey(), step, epoch, v);
            }
        }
    }

    /** Records a checkpoint; a best one keeps exactly the values each metric logged at that step. */
    public void checkpoint(long step, boolean isBest) {
        if (!isBest) {
            return;
        }
        Map<String, Point> snapshot = new LinkedHashMap<>();
        series.forEach((name, s) -> {
            Point last = s.last();
            if (last != null && last.step() == step) {
                snapshot.put(name, last);
            }
        });
        best = snapshot;
        bestStep = step;
        hasBest = true;
    }

    /** The series by (scrubbed) name, in the order they were first logged. */
    public Map<String, Series> series() {
        return Collections.unmodifiableMap(series);
    }

    /** The best checkpoint's step, or -1 when there was none. */
    public long bestStep() {
        return hasBest ? bestStep : -1;
    }

    /** Whether a checkpoint was marked best. */
    public boolean hasBest() {
        return hasBest;
    }

    /** The exact values logged at the best checkpoint's step, by metric name. */
    public Map<String, Point> bestValues() {
        return Collections.unmodifiableMap(best);
    }
}
