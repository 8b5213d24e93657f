package io.modelcards.profile.internal.column;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.Distribution;
import io.modelcards.profile.internal.scan.RowProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns one accumulator into its card column (without children), applying which figures fit which type. */
final class ColumnReport {
    private static final Set<String> NUMERIC = Set.of("int", "float", "bool");
    private static final Set<String> NO_TOP = Set.of("list", "struct", "binary", "null");
    private static final Set<String> TEXT = Set.of("string", "media");

    private ColumnReport() {}

    static DatasetStatistics.Column of(ColumnAccumulator a, long rows, RowProblems problems) {
        String type = a.type();
        KindCounts kinds = a.kinds();
        long count = kinds.total();
        kinds.report(a.name(), type, problems);
        int bins = a.settings().histogramBins();
        boolean numeric = NUMERIC.contains(type) && a.numbers() != null;
        NumericStats n = a.numbers();
        boolean scalar = !NO_TOP.contains(type);
        boolean text = TEXT.contains(type);
        return new DatasetStatistics.Column(a.name(), type, count, Math.max(0, rows - count),
                scalar || type.equals("null") ? a.distinct().estimate() : null,
                numeric ? n.min() : null, numeric ? n.max() : null, numeric ? n.mean() : null,
                numeric ? n.std() : null, numeric ? n.quantiles() : null,
                scalar ? top(a, a.settings().topK()) : List.of(),
                scalar || type.equals("null") ? a.distinct().isExact() : null,
                numeric ? n.histogram(bins) : null,
                text ? dist(a.chars(), bins) : null, text ? dist(a.words(), bins) : null,
                text ? dist(a.tokens(), bins) : null, dist(a.listLengths(), bins), dist(a.sizes(), bins),
                kinds.toMap());
    }

    /** The {@code limit} most frequent values, with their share of the column's values rounded to 2 decimals. */
    static List<DatasetStatistics.TopValue> top(ColumnAccumulator a, int limit) {
        long count = a.kinds().total();
        List<DatasetStatistics.TopValue> out = new ArrayList<>();
        for (Counted c : a.frequent().entries()) {
            if (out.size() >= limit) {
                break;
            }
            double percent = Math.round(10_000.0 * c.count() / count) / 100.0;
            out.add(new DatasetStatistics.TopValue(ValueFormat.of(c), c.count(), percent));
        }
        return out;
    }

    private static Distribution dist(LengthStats s, int bins) {
        return s == null ? null : s.toDistribution(bins);
    }
}
