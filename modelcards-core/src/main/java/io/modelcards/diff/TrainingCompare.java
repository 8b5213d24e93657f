package io.modelcards.diff;

import io.modelcards.card.LogEntry;
import io.modelcards.card.Training;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares hyperparameters by name and summarises each logged metric of both training curves. */
final class TrainingCompare {
    private TrainingCompare() {}

    static TrainingChanges compare(Training old, Training now) {
        List<KeyChange> hyper = Keyed.compare(old.hyperparameters().all(), now.hyperparameters().all());
        Set<String> metrics = new LinkedHashSet<>();
        old.log().forEach(e -> metrics.addAll(e.metrics().keySet()));
        now.log().forEach(e -> metrics.addAll(e.metrics().keySet()));
        List<CurveChange> curve = new ArrayList<>();
        for (String m : metrics) {
            Direction dir = Direction.of(m);
            curve.add(new CurveChange(m, dir, last(old.log(), m), last(now.log(), m), best(old.log(), m, dir), best(now.log(), m, dir)));
        }
        return new TrainingChanges(hyper, curve);
    }

    private static Double last(List<LogEntry> log, String metric) {
        Double out = null;
        for (LogEntry e : log) {
            Double v = e.metrics().get(metric);
            out = v != null ? v : out;
        }
        return out;
    }

    private static Double best(List<LogEntry> log, String metric, Direction dir) {
        Double out = null;
        for (LogEntry e : log) {
            Double v = e.metrics().get(metric);
            if (v != null && !v.isNaN() && (out == null || dir.compare(out, v) > 0)) {
                out = v;
            }
        }
        return out;
    }
}
