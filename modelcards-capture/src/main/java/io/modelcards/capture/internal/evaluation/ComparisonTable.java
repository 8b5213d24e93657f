package io.modelcards.capture.internal.evaluation;

import io.modelcards.card.QuantitativeResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluator's whole-dataset results across datasets, as a table: one row per metric, one column per
 * dataset/split, a cell null where that metric was not measured on that dataset.
 *
 * @param evaluator the evaluator
 * @param columns   "dataset/split" labels (just the dataset when the split is unknown), in order of appearance
 * @param rows      metric names, in order of appearance
 * @param cells     {@code cells.get(row).get(column)}
 */
public record ComparisonTable(String evaluator, List<String> columns, List<String> rows, List<List<Double>> cells) {

    /** The value of {@code metric} on {@code column}, or null. */
    public Double cell(String metric, String column) {
        int r = rows.indexOf(metric);
        int c = columns.indexOf(column);
        return r < 0 || c < 0 ? null : cells.get(r).get(c);
    }

    /** One table per evaluator that measured more than one dataset/split, in order of appearance. */
    public static List<ComparisonTable> of(List<QuantitativeResult> results) {
        Map<String, List<QuantitativeResult>> byEvaluator = new LinkedHashMap<>();
        for (QuantitativeResult r : results) {
            if (r.slice().isEmpty()) {
                byEvaluator.computeIfAbsent(Objects.toString(r.evaluator(), ""), k -> new ArrayList<>()).add(r);
            }
        }
        List<ComparisonTable> out = new ArrayList<>();
        byEvaluator.forEach((evaluator, rs) -> {
            ComparisonTable t = table(evaluator, rs);
            if (t.columns().size() > 1) {
                out.add(t);
            }
        });
        return out;
    }

    private static ComparisonTable table(String evaluator, List<QuantitativeResult> rs) {
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        LinkedHashSet<String> rows = new LinkedHashSet<>();
        for (QuantitativeResult r : rs) {
            columns.add(column(r));
            rows.add(r.metric());
        }
        List<String> cols = List.copyOf(columns);
        List<String> metrics = List.copyOf(rows);
        List<List<Double>> cells = new ArrayList<>();
        for (String m : metrics) {
            Double[] row = new Double[cols.size()];
            for (QuantitativeResult r : rs) {
                if (r.metric().equals(m)) {
                    row[cols.indexOf(column(r))] = r.value();
                }
            }
            cells.add(Collections.unmodifiableList(Arrays.asList(row)));
        }
        return new ComparisonTable(evaluator, cols, metrics, List.copyOf(cells));
    }

    private static String column(QuantitativeResult r) {
        return r.split() == null ? String.valueOf(r.dataset()) : r.dataset() + "/" + r.split();
    }
}
