package io.modelcards.profile.internal.column;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatisticsColumnBuilder;
import io.modelcards.card.Distribution;
import io.modelcards.profile.internal.privacy.PiiScanner;
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
        return DatasetStatisticsColumnBuilder.builder().name(a.name()).type(type).count(count).nulls(Math.max(0, rows - count))
                .distinct(scalar || type.equals("null") ? a.distinct().estimate() : null)
                .min(numeric ? n.min() : null).max(numeric ? n.max() : null).mean(numeric ? n.mean() : null)
                .std(numeric ? n.std() : null).quantiles(numeric ? n.quantiles() : null)
                .top(scalar ? top(a, a.settings().topK()) : List.of())
                .distinctExact(scalar || type.equals("null") ? a.distinct().isExact() : null)
                .histogram(numeric ? n.histogram(bins) : null)
                .chars(text ? dist(a.chars(), bins) : null).words(text ? dist(a.words(), bins) : null)
                .tokens(text ? dist(a.tokens(), bins) : null).listLength(dist(a.listLengths(), bins)).sizeBytes(dist(a.sizes(), bins))
                .kinds(kinds.toMap()).build();
    }

    /**
     * The {@code limit} most frequent values, personal data and secrets redacted, with their share of the column's
     * values rounded to 2 decimals.
     */
    static List<DatasetStatistics.TopValue> top(ColumnAccumulator a, int limit) {
        long count = a.kinds().total();
        List<DatasetStatistics.TopValue> out = new ArrayList<>();
        for (Counted c : a.frequent().entries()) {
            if (out.size() >= limit) {
                break;
            }
            double percent = Math.round(10_000.0 * c.count() / count) / 100.0;
            // A frequent value goes into the card as it is shown, so it is redacted as the sample rows are.
            out.add(new DatasetStatistics.TopValue(PiiScanner.redact(ValueFormat.of(c)), c.count(), percent));
        }
        return out;
    }

    private static Distribution dist(LengthStats s, int bins) {
        return s == null ? null : s.toDistribution(bins);
    }
}
