package io.modelcards.render.card;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.render.chart.DatasetChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Datasets as template rows: an identity table and, when profiled, a column statistics table per dataset.
 * Datasets whose role is evaluation, eval, test, testing or validation go to {@code evaluation_datasets}; all
 * others to {@code training_datasets}. Each row's {@code profiled} says whether it has statistics; those datasets
 * are also in {@code training_profiles} and {@code evaluation_profiles} as {@link ProfileView} maps, which the
 * built-in templates show as the Training Data and Evaluation Data sections.
 */
final class DatasetsView {
    private static final Set<String> EVALUATION = Set.of("evaluation", "eval", "test", "testing", "validation");

    private DatasetsView() {}

    static void addTo(Map<String, Object> ctx, List<DatasetInfo> datasets) {
        List<Object> training = new ArrayList<>();
        List<Object> evaluation = new ArrayList<>();
        List<Object> trainingProfiles = new ArrayList<>();
        List<Object> evaluationProfiles = new ArrayList<>();
        List<String> charts = DatasetChart.fileNames(datasets);
        for (int i = 0; i < datasets.size(); i++) {
            DatasetInfo d = datasets.get(i);
            boolean eval = isEvaluation(d);
            (eval ? evaluation : training).add(view(d));
            if (d.statistics() != null) {
                (eval ? evaluationProfiles : trainingProfiles).add(ProfileView.of(d, charts.get(i)));
            }
        }
        ctx.put("training_datasets", training);
        ctx.put("evaluation_datasets", evaluation);
        ctx.put("training_profiles", trainingProfiles);
        ctx.put("evaluation_profiles", evaluationProfiles);
    }

    /** Whether {@code d} goes to the evaluation side of the card. */
    static boolean isEvaluation(DatasetInfo d) {
        return d.role() != null && EVALUATION.contains(d.role().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Object> view(DatasetInfo d) {
        List<Object> identity = new ArrayList<>();
        add(identity, "Role", DisplayText.text(d.role()));
        add(identity, "Source", DisplayText.text(d.sourceUri()));
        add(identity, "Revision", DisplayText.text(d.revision()));
        add(identity, "Content hash", d.contentHash() == null ? null : "`" + DisplayText.cell(d.contentHash()) + "`");
        add(identity, "Split", DisplayText.text(d.split()));
        add(identity, "Rows", d.rows() == null ? null : d.rows().toString());
        add(identity, "Size", d.bytes() == null ? null : DisplayText.bytes(d.bytes()));
        DatasetStatistics s = d.statistics();
        List<Object> columns = new ArrayList<>();
        String method = "";
        if (s != null) {
            method = "sample".equals(s.method())
                    ? "sample of " + (s.sampled() == null ? "?" : s.sampled()) + " of " + s.rows() + " rows"
                            + (s.seed() == null ? "" : ", seed " + s.seed())
                    : "exact, all " + s.rows() + " rows";
            for (DatasetStatistics.Column c : s.columns()) {
                columns.add(column(c));
            }
        }
        return DisplayText.row("name", DisplayText.cell(d.name() == null ? "(unnamed)" : d.name()), "identity", identity,
                "statistics_method", DisplayText.cell(method), "columns", columns, "profiled", s != null);
    }

    private static Map<String, Object> column(DatasetStatistics.Column c) {
        String top = c.top().stream().map(t -> "`" + t.value().replace("`", "'") + "` (" + t.count() + ")")
                .collect(Collectors.joining(", "));
        String quantiles = c.quantiles().entrySet().stream().map(e -> e.getKey() + " " + num(e.getValue()))
                .collect(Collectors.joining(", "));
        return DisplayText.row("name", DisplayText.cell(c.name()), "type", DisplayText.cell(DisplayText.str(c.type())),
                "count", String.valueOf(c.count()),
                "nulls", String.valueOf(c.nulls()), "distinct", c.distinct() == null ? "" : c.distinct().toString(),
                "min", num(c.min()), "max", num(c.max()), "mean", num(c.mean()), "std", num(c.std()),
                "quantiles", DisplayText.cell(quantiles), "top", DisplayText.cell(top));
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
            return DisplayText.python(d);
        }
        return new BigDecimal(d).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** Adds a row whose {@code value} is already cell text, unless it is blank. */
    private static void add(List<Object> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(DisplayText.row("label", label, "value", value.strip()));
        }
    }
}
