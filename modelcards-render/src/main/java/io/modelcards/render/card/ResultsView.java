package io.modelcards.render.card;

import io.modelcards.card.EvalResult;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluation results as template rows: the captured quantitative results and the model-index results in one list
 * ({@code result_rows}), the same rows grouped by {@link MetricFamily} ({@code metric_families}; only those measured
 * on the whole dataset in {@code overall_metric_families}), and per-class
 * metrics ({@code class_metrics}) from results sliced by a single {@code label} or {@code class} feature.
 */
final class ResultsView {
    private ResultsView() {}

    static void addTo(Map<String, Object> ctx, ModelCard card) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (QuantitativeResult q : card.evaluation().quantitative()) {
            rows.add(quantitative(q));
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
                rows.add(modelIndex(r));
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
        ctx.put("class_metrics", perClass(card.evaluation().quantitative()));
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
                "value", DisplayText.metric(q.value()), "ci", DisplayText.cell(ci), "task", "",
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
                "value", DisplayText.text(DisplayText.metric(r.metricValue())), "ci", "", "task", DisplayText.text(task),
                "dataset", DisplayText.text(dataset), "split", DisplayText.text(DisplayText.str(r.datasetSplit())), "slice", "all",
                "source", DisplayText.cell(source), "primary", false, "family", MetricFamily.of(family).id());
    }

    /** Labels × metrics from results sliced by exactly one {@code label} or {@code class} feature, in first-seen order. */
    private static Map<String, Object> perClass(List<QuantitativeResult> results) {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        List<String> metrics = new ArrayList<>();
        for (QuantitativeResult q : results) {
            if (q.slice().size() != 1) {
                continue;
            }
            var e = q.slice().entrySet().iterator().next();
            if (!e.getKey().equals("label") && !e.getKey().equals("class")) {
                continue;
            }
            table.computeIfAbsent(e.getValue(), k -> new LinkedHashMap<>()).put(q.metric(), DisplayText.metric(q.value()));
            if (!metrics.contains(q.metric())) {
                metrics.add(q.metric());
            }
        }
        List<Object> rows = new ArrayList<>();
        table.forEach((label, values) -> rows.add(DisplayText.row("label", DisplayText.text(label),
                "cells", metrics.stream().map(m -> values.getOrDefault(m, "")).collect(Collectors.toList()))));
        return DisplayText.row("labels", List.copyOf(table.keySet()).stream().map(DisplayText::text).collect(Collectors.toList()),
                "metrics", metrics.stream().map(DisplayText::text).collect(Collectors.toList()), "rows", rows);
    }

    private static String arrow(Boolean higherIsBetter) {
        return higherIsBetter == null ? "" : higherIsBetter ? " ↑" : " ↓";
    }

    private static String percent(double level) {
        return new BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
