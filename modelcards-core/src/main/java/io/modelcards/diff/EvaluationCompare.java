package io.modelcards.diff;

import io.modelcards.card.EvalResult;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.diff.MetricChange.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the evaluation results of two cards and compares their values. A card's primary metrics are its
 * {@code evaluation.quantitative} results marked primary; when none is, every result without a slice; when the card
 * has no quantitative results, its model-index results.
 */
final class EvaluationCompare {
    private EvaluationCompare() {}

    /** One result of one card, with the key it is matched by. */
    private record Entry(Source source, List<Object> key, String metric, String task, String dataset, String config,
                         String split, Map<String, String> slice, double value, Interval interval, Boolean higherIsBetter,
                         boolean primary) {}

    static List<MetricChange> compare(ModelCard old, ModelCard now) {
        Map<List<Object>, Entry> a = entries(old);
        Map<List<Object>, Entry> b = entries(now);
        Set<List<Object>> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<MetricChange> out = new ArrayList<>();
        for (List<Object> k : keys) {
            out.add(change(a.get(k), b.get(k)));
        }
        out.sort(Comparator.comparing((MetricChange c) -> !c.primary())); // stable: primary metrics first, each group in card order
        return out;
    }

    private static MetricChange change(Entry o, Entry n) {
        Entry e = n != null ? n : o;
        Direction dir = Direction.of(n != null && n.higherIsBetter() != null ? n.higherIsBetter()
                : o != null ? o.higherIsBetter() : null, e.metric());
        Double old = o == null ? null : o.value();
        Double now = n == null ? null : n.value();
        Double delta = null;
        Double relative = null;
        Verdict verdict;
        if (o == null) {
            verdict = Verdict.ADDED;
        } else if (n == null) {
            verdict = Verdict.REMOVED;
        } else {
            delta = Numbers.round(now - old);
            relative = old == 0 ? null : Numbers.round((now - old) / Math.abs(old));
            int c = dir.compare(old, now);
            verdict = c > 0 ? Verdict.IMPROVED : c < 0 ? Verdict.REGRESSED : Verdict.UNCHANGED;
        }
        Interval oi = o == null ? null : o.interval();
        Interval ni = n == null ? null : n.interval();
        Boolean beyond = oi == null || ni == null ? null : oi.disjointFrom(ni);
        boolean primary = n != null ? n.primary() : o.primary();
        return new MetricChange(e.source(), e.metric(), e.task(), e.dataset(), e.config(), e.split(), e.slice(), old, now, delta,
                relative, dir, verdict, oi, ni, beyond, primary);
    }

    private static Map<List<Object>, Entry> entries(ModelCard card) {
        Map<List<Object>, Entry> out = new LinkedHashMap<>();
        List<QuantitativeResult> q = card.evaluation().quantitative();
        boolean anyPrimary = q.stream().anyMatch(QuantitativeResult::primary);
        for (QuantitativeResult r : q) {
            boolean primary = anyPrimary ? r.primary() : r.slice().isEmpty();
            List<Object> key = Arrays.asList(Source.EVALUATION, r.metric(), r.dataset(), r.split(), r.slice());
            out.putIfAbsent(key, new Entry(Source.EVALUATION, key, r.metric(), null, r.dataset(), null, r.split(), r.slice(),
                    r.value(), Interval.of(r.ciLow(), r.ciHigh(), r.ciLevel()), r.higherIsBetter(), primary));
        }
        for (EvalResult r : card.metadata().evalResults()) {
            Double value = number(r.metricValue());
            if (value == null) {
                continue; // a value such as "n/a" cannot be compared
            }
            String metric = r.metricType() != null ? r.metricType() : r.metricName();
            String dataset = r.datasetType() != null ? r.datasetType() : r.datasetName();
            List<Object> key = Arrays.asList(Source.MODEL_INDEX, r.taskType(), dataset, r.datasetConfig(), r.datasetSplit(), metric);
            out.putIfAbsent(key, new Entry(Source.MODEL_INDEX, key, metric, r.taskType(), dataset, r.datasetConfig(),
                    r.datasetSplit(), Map.of(), value, null, null, q.isEmpty()));
        }
        return out;
    }

    private static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
