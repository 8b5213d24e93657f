package io.modelcards.render.card;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Datasets as template rows: an identity table and, when profiled, a column statistics table per dataset.
 * Datasets whose role is evaluation, eval, test, testing or validation go to {@code evaluation_datasets}; all
 * others to {@code training_datasets}.
 */
final class DatasetsView {
    private static final Set<String> EVALUATION = Set.of("evaluation", "eval", "test", "testing", "validation");

    private DatasetsView() {}

    static void addTo(Map<String, Object> ctx, List<DatasetInfo> datasets) {
        List<Object> training = new ArrayList<>();
        List<Object> evaluation = new ArrayList<>();
        for (DatasetInfo d : datasets) {
            boolean eval = d.role() != null && EVALUATION.contains(d.role().toLowerCase(Locale.ROOT));
            (eval ? evaluation : training).add(view(d));
        }
        ctx.put("training_datasets", training);
        ctx.put("evaluation_datasets", evaluation);
    }

    private static Map<String, Object> view(DatasetInfo d) {
        List<Object> identity = new ArrayList<>();
        add(identity, "Role", d.role());
        add(identity, "Source", d.sourceUri());
        add(identity, "Revision", d.revision());
        add(identity, "Content hash", d.contentHash() == null ? null : "`" + d.contentHash() + "`");
        add(identity, "Split", d.split());
        add(identity, "Rows", d.rows() == null ? null : d.rows().toString());
        add(identity, "Size", d.bytes() == null ? null : Text.bytes(d.bytes()));
        DatasetStatistics s = d.statistics();
        List<Object> columns = new ArrayList<>();
        String method = "";
        if (s != null) {
            method = "sample".equals(s.method())
                    ? "sample of " + (s.sampled() == null ? "?" : s.sampled()) + " of " + s.rows() + " rows" + (s.seed() == null ? "" : ", seed " + s.seed())
                    : "exact, all " + s.rows() + " rows";
            for (DatasetStatistics.Column c : s.columns()) {
                columns.add(column(c));
            }
        }
        return Text.row("name", Text.cell(d.name() == null ? "(unnamed)" : d.name()), "identity", identity,
                "statistics_method", Text.cell(method), "columns", columns);
    }

    private static Map<String, Object> column(DatasetStatistics.Column c) {
        String top = c.top().stream().map(t -> "`" + t.value().replace("`", "'") + "` (" + t.count() + ")").collect(Collectors.joining(", "));
        String quantiles = c.quantiles().entrySet().stream().map(e -> e.getKey() + " " + num(e.getValue())).collect(Collectors.joining(", "));
        return Text.row("name", Text.cell(c.name()), "type", Text.cell(Text.str(c.type())), "count", String.valueOf(c.count()),
                "nulls", String.valueOf(c.nulls()), "distinct", c.distinct() == null ? "" : c.distinct().toString(),
                "min", num(c.min()), "max", num(c.max()), "mean", num(c.mean()), "std", num(c.std()),
                "quantiles", Text.cell(quantiles), "top", Text.cell(top));
    }

    /** Statistics without noise: integral values as integers, others with at most four decimals. */
    private static String num(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Text.python(d);
        }
        return new java.math.BigDecimal(d).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static void add(List<Object> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(Text.row("label", label, "value", Text.cell(value.strip())));
        }
    }
}
