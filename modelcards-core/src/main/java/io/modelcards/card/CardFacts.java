package io.modelcards.card;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Computes {@link Facts} from a card. The rules are the contract that staleness rests on:
 * <ul>
 *   <li>datasets: every dataset with a content hash, keyed by its name, or "name (split)" (else "name (role)") when two
 *       datasets share a name;</li>
 *   <li>metrics: the quantitative results marked primary; when none is, every result without a slice; when the card has
 *       no quantitative results, its model-index results with a numeric value. Keyed by the metric, or
 *       "metric on dataset/split" when two results share the metric.</li>
 * </ul>
 */
final class CardFacts {
    private CardFacts() {}

    static Facts of(ModelCard card) {
        ModelDetails d = card.details();
        return new Facts(d.name(), d.version(), d.artifact(), datasets(card.datasets()), metrics(card));
    }

    /** The key under which {@link Facts#datasets()} holds each of {@code datasets}, in order (null for one with no hash). */
    static List<String> datasetKeys(List<DatasetInfo> datasets) {
        return keys(datasets, i -> i == null ? null : i.name(),
                i -> " (" + (i.split() != null ? i.split() : String.valueOf(i.role())) + ")");
    }

    private static Map<String, String> datasets(List<DatasetInfo> datasets) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> keys = datasetKeys(datasets);
        for (int i = 0; i < datasets.size(); i++) {
            if (datasets.get(i) != null && datasets.get(i).contentHash() != null) {
                out.putIfAbsent(keys.get(i), datasets.get(i).contentHash());
            }
        }
        return out;
    }

    private static Map<String, Double> metrics(ModelCard card) {
        List<QuantitativeResult> all = card.evaluation().quantitative().stream().filter(Objects::nonNull).toList();
        Map<String, Double> out = new LinkedHashMap<>();
        if (!all.isEmpty()) {
            List<QuantitativeResult> picked = all.stream().filter(QuantitativeResult::primary).toList();
            if (picked.isEmpty()) {
                picked = all.stream().filter(r -> r.slice().isEmpty()).toList();
            }
            List<String> keys = keys(picked, QuantitativeResult::metric,
                    r -> " on " + r.dataset() + (r.split() == null ? "" : "/" + r.split()));
            for (int i = 0; i < picked.size(); i++) {
                out.putIfAbsent(keys.get(i), picked.get(i).value());
            }
            return out;
        }
        List<EvalResult> index = card.metadata().evalResults().stream()
                .filter(r -> r != null && r.metricValue() instanceof Number).toList();
        List<String> keys = keys(index, r -> r.metricName() != null ? r.metricName() : r.metricType(),
                r -> " on " + (r.datasetName() != null ? r.datasetName() : r.datasetType())
                        + (r.datasetSplit() == null ? "" : "/" + r.datasetSplit()));
        for (int i = 0; i < index.size(); i++) {
            out.putIfAbsent(keys.get(i), ((Number) index.get(i).metricValue()).doubleValue());
        }
        return out;
    }

    /** Each item's name, with {@code qualifier} appended where two items share a name. */
    private static <T> List<String> keys(List<T> items, Function<T, String> name, Function<T, String> qualifier) {
        Map<String, Integer> counts = new HashMap<>();
        items.forEach(i -> counts.merge(String.valueOf(name.apply(i)), 1, Integer::sum));
        List<String> out = new ArrayList<>(items.size());
        for (T i : items) {
            String n = String.valueOf(name.apply(i));
            out.add(counts.get(n) > 1 ? n + qualifier.apply(i) : n);
        }
        return out;
    }
}
