package io.modelcards.render.chart;

import io.modelcards.card.DatasetStatistics.TopValue;
import io.modelcards.card.Histogram;
import java.util.List;

/** One small multiple of a dataset chart: a histogram over a numeric range, or bars for named categories. */
sealed interface DataPanel {
    String title();

    String color();

    /** Counts per bin of a numeric measure; {@code integral} when the values are whole numbers (lengths, ints). */
    record Bins(String title, String color, Histogram histogram, boolean integral) implements DataPanel {}

    /** Counts per category (the label classes), in the order given. */
    record Categories(String title, String color, List<TopValue> classes) implements DataPanel {}

    /** Whether {@code h} can be drawn: one more finite edge than counts, ascending, and some count above zero. */
    static boolean drawable(Histogram h) {
        if (h == null || h.counts().isEmpty() || h.edges().size() != h.counts().size() + 1) {
            return false;
        }
        for (int i = 0; i < h.edges().size(); i++) {
            Double e = h.edges().get(i);
            if (e == null || !Double.isFinite(e) || (i > 0 && e < h.edges().get(i - 1))) {
                return false;
            }
        }
        return h.counts().stream().anyMatch(c -> c != null && c > 0) && h.counts().stream().allMatch(c -> c != null && c >= 0);
    }
}
