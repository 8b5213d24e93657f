package io.modelcards.render.card;

import io.modelcards.card.EvalResult;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluation results as template rows: the captured quantitative results and the model-index results in one list
 * ({@code result_rows}), the same rows grouped by {@link MetricFamily} ({@code metric_families}; only those measured
 * on the whole dataset in {@code overall_metric_families}), and per-class
 * metrics ({@code class_metrics}) from results sliced by a single {@code label} or {@code class} feature. Each row says
 * whether the per-class table shows its value ({@code per_class}), so that a template shows every result once.
 */
final class ResultsView {
    private ResultsView() {}

    static void addTo(Map<String, Object> ctx, ModelCard card) {
        List<QuantitativeResult> byClass = pivotable(card.evaluation().quantitative());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (QuantitativeResult q : card.evaluation().quantitative()) {
            Map<String, Object> row = quantitative(q);
            row.put("per_class", byClass.contains(q));
            rows.add(row);
        }
        // A captured card states each whole-dataset result twice: typed, and again in model-index for the Hub.
        // Show it once; a model-index result with no captured twin (imported, or from another tool) still shows.
        Set<String> captured = new HashSet<>();
        for (QuantitativeResult q : card.evaluation().quantitative()) {
            if (q.slice().isEmpty()) {
                captured.add(key(q.metric(), q.dataset(), q.split(), q.value()));
            }
        }
        for (EvalResult r : card.metadata().evalResults()) {
            // One with a source or a verification says more than the captured value, so it keeps its own row.
            boolean twin = r.sourceUrl() == null && !Boolean.TRUE.equals(r.verified()) && r.metricValue() instanceof Number n
                    && (captured.contains(key(r.metricType(), r.datasetName(), r.datasetSplit(), n.doubleValue()))
                        || captured.contains(key(r.metricType(), r.datasetType(), r.datasetSplit(), n.doubleValue())));
            if (!twin) {
                Map<String, Object> row = modelIndex(r);
                row.put("per_class", false);
                rows.add(row);
            }
        }
        ctx.put("result_rows", rows);
        Map<String, Object> families = new LinkedHashMap<>();
        for (MetricFamily f : MetricFamily.values()) {
            families.put(f.id(), rows.stream().filter(r -> r.get("family").equals(f.id())).collect(Collectors.toList()));
        }
        ctx.put("metric_families", families);
        Map<String, Object> overall = new LinkedHashMap<>();
        for (MetricFamily f : MetricFamily.values()) {
            overall.put(f.id(), rows.stream().filter(r -> r.get("family").equals(f.id()) && r.get("slice").equals("all"))
                    .collect(Collectors.toList()));
        }
        ctx.put("overall_metric_families", overall);
        ctx.put("class_metrics", perClass(card.evaluation().quantitative(), byClass));
    }

    private static String key(String metric, String dataset, String split, double value) {
        return metric + "\u0000" + dataset + "\u0000" + split + "\u0000" + value;
    }

    private static Map<String, Object> quantitative(QuantitativeResult q) {
        Boolean higher = q.higherIsBetter() != null ? q.higherIsBetter() : MetricFamily.higherIsBetter(q.metric());
        String ci = "";
        if (q.ciLow() != null && q.ciHigh() != null) {
            ci = "[" + DisplayText.metric(q.ciLow()) + ", " + DisplayText.metric(q.ciHigh()) + "]"
                    + (q.ciLevel() == null ? "" : " (" + percent(q.ciLevel()) + ")");
        }
        String slice = q.slice().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
        String metric = DisplayText.text(DisplayText.str(q.metric()));
        return DisplayText.row("metric", q.primary() ? "**" + metric + "**" : metric, "arrow", arrow(higher),
                "value", value(q.metric(), q.value()), "ci", DisplayText.cell(ci), "task", "",
                "dataset", DisplayText.text(DisplayText.str(q.dataset())),
                "split", DisplayText.text(DisplayText.str(q.split())), "slice", DisplayText.text(slice.isEmpty() ? "all" : slice),
                "source", DisplayText.text(DisplayText.str(q.evaluator())), "primary", q.primary(),
                "family", MetricFamily.of(q.metric()).id());
    }

    private static Map<String, Object> modelIndex(EvalResult r) {
        String metric = r.metricName() != null ? r.metricName() : DisplayText.str(r.metricType());
        String dataset = r.datasetName() != null ? r.datasetName() : DisplayText.str(r.datasetType());
        if (r.datasetConfig() != null) {
            dataset += " (" + r.datasetConfig() + ")";
        }
        String source = "model-index";
        if (r.sourceUrl() != null) {
            source = "[" + (r.sourceName() != null ? r.sourceName() : "source") + "](" + r.sourceUrl() + ")";
        }
        if (Boolean.TRUE.equals(r.verified())) {
            source += ", verified";
        }
        String task = r.taskName() != null ? r.taskName() : DisplayText.str(r.taskType());
        String family = DisplayText.str(r.metricType()) + " " + metric;
        return DisplayText.row("metric", DisplayText.text(metric), "arrow", arrow(MetricFamily.higherIsBetter(family)),
                "value", DisplayText.text(value(r.metricType(), r.metricValue())), "ci", "", "task", DisplayText.text(task),
                "dataset", DisplayText.text(dataset), "split", DisplayText.text(DisplayText.str(r.datasetSplit())), "slice", "all",
                "source", DisplayText.cell(source), "primary", false, "family", MetricFamily.of(family).id());
    }

    /** Whether the result is measured on one class: sliced by exactly one {@code label} or {@code class} feature. */
    private static boolean classSlice(QuantitativeResult q) {
        return q.slice().size() == 1 && (q.slice().containsKey("label") || q.slice().containsKey("class"));
    }

    /**
     * The per-class results that a labels × metrics table shows without losing anything: all of them when they share
     * one dataset and split, have no confidence interval and no label has a metric twice; else none, and each keeps
     * its own row in {@code result_rows}.
     */
    private static List<QuantitativeResult> pivotable(List<QuantitativeResult> results) {
        List<QuantitativeResult> byClass = results.stream().filter(ResultsView::classSlice).toList();
        Set<String> where = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (QuantitativeResult q : byClass) {
            where.add(q.dataset() + "\u0000" + q.split());
            if (q.ciLow() != null || q.ciHigh() != null || !cells.add(q.slice().values().iterator().next() + "\u0000" + q.metric())) {
                return List.of();
            }
        }
        return where.size() == 1 ? byClass : List.of();
    }

    /**
     * Labels × metrics: {@code labels} from every per-class result, in first-seen order; {@code metrics},
     * {@code rows}, {@code dataset} and {@code split} from the {@code shown} ones (the {@link #pivotable} results).
     */
    private static Map<String, Object> perClass(List<QuantitativeResult> results, List<QuantitativeResult> shown) {
        Set<String> labels = new LinkedHashSet<>();
        results.stream().filter(ResultsView::classSlice).forEach(q -> labels.add(q.slice().values().iterator().next()));
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        List<String> metrics = new ArrayList<>();
        for (QuantitativeResult q : shown) {
            table.computeIfAbsent(q.slice().values().iterator().next(), k -> new LinkedHashMap<>())
                    .put(q.metric(), value(q.metric(), q.value()));
            if (!metrics.contains(q.metric())) {
                metrics.add(q.metric());
            }
        }
        List<Object> rows = new ArrayList<>();
        table.forEach((label, values) -> rows.add(DisplayText.row("label", DisplayText.text(label),
                "cells", metrics.stream().map(m -> values.getOrDefault(m, "")).collect(Collectors.toList()))));
        QuantitativeResult first = shown.isEmpty() ? null : shown.get(0);
        return DisplayText.row("labels", labels.stream().map(DisplayText::text).collect(Collectors.toList()),
                "metrics", metrics.stream().map(DisplayText::text).collect(Collectors.toList()), "rows", rows,
                "dataset", first == null ? "" : DisplayText.text(DisplayText.str(first.dataset())),
                "split", first == null ? "" : DisplayText.text(DisplayText.str(first.split())));
    }

    /** A result's value for people: a count's whole value as an integer ("500"), any other with a metric's decimals. */
    static String value(String metric, Object v) {
        if (MetricFamily.isCount(metric) && v instanceof Number n && whole(n)) {
            return Numbers.count(n.longValue());
        }
        return DisplayText.metric(v);
    }

    private static boolean whole(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15;
    }

    private static String arrow(Boolean higherIsBetter) {
        return higherIsBetter == null ? "" : higherIsBetter ? " ↑" : " ↓";
    }

    private static String percent(double level) {
        return new BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
