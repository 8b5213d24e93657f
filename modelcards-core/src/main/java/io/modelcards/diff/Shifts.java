package io.modelcards.diff;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatistics.Column;
import io.modelcards.card.DatasetStatistics.TopValue;
import io.modelcards.card.Distribution;
import io.modelcards.card.Histogram;
import io.modelcards.card.LabelDistribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution shift of each column profiled in both versions of a dataset: the label distribution, the value
 * histogram, and the histograms of text lengths, each as a Jensen–Shannon divergence, largest first.
 */
final class Shifts {
    private static final String OTHER = "(other classes)";

    private Shifts() {}

    static List<ColumnShift> of(DatasetStatistics old, DatasetStatistics now) {
        List<ColumnShift> out = new ArrayList<>();
        if (old == null || now == null) {
            return out;
        }
        labels(old, now, out);
        Map<String, Column> before = new LinkedHashMap<>();
        old.columns().forEach(c -> before.putIfAbsent(c.name(), c));
        for (Column c : now.columns()) {
            Column o = before.get(c.name());
            if (o != null) {
                histogram(c.name(), "values", o.histogram(), c.histogram(), out);
                histogram(c.name(), "chars", hist(o.chars()), hist(c.chars()), out);
                histogram(c.name(), "words", hist(o.words()), hist(c.words()), out);
                histogram(c.name(), "tokens", hist(o.tokens()), hist(c.tokens()), out);
            }
        }
        out.sort(Comparator.comparingDouble(ColumnShift::divergence).reversed().thenComparing(ColumnShift::column)
                .thenComparing(ColumnShift::measure));
        return out;
    }

    private static void labels(DatasetStatistics old, DatasetStatistics now, List<ColumnShift> out) {
        LabelDistribution a = old.label();
        LabelDistribution b = now.label();
        if (a == null || b == null || a.column() == null || !a.column().equals(b.column())) {
            return;
        }
        JensenShannon.of(classes(a, old), classes(b, now)).ifPresent(d -> out.add(new ColumnShift(b.column(), "labels", d)));
    }

    /** The class counts; when only the top classes are listed, the rest of the column's values as one more class. */
    private static Map<String, Long> classes(LabelDistribution label, DatasetStatistics stats) {
        Map<String, Long> out = new LinkedHashMap<>();
        label.classes().forEach(t -> out.merge(t.value(), t.count(), Long::sum));
        if (!label.complete()) {
            long listed = label.classes().stream().mapToLong(TopValue::count).sum();
            stats.columns().stream().filter(c -> c.name().equals(label.column())).findFirst()
                    .filter(c -> c.count() > listed).ifPresent(c -> out.put(OTHER, c.count() - listed));
        }
        return out;
    }

    private static void histogram(String column, String measure, Histogram a, Histogram b, List<ColumnShift> out) {
        if (a != null && b != null) {
            JensenShannon.of(a, b).ifPresent(d -> out.add(new ColumnShift(column, measure, d)));
        }
    }

    private static Histogram hist(Distribution d) {
        return d == null ? null : d.histogram();
    }
}
