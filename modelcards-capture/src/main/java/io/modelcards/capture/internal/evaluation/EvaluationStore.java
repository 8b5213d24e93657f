package io.modelcards.capture.internal.evaluation;

import io.modelcards.capture.Evaluated;
import io.modelcards.capture.SliceMetrics;
import io.modelcards.capture.internal.redaction.Secrets;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Results per evaluator × dataset × split × slice × metric. A later evaluation of the same key replaces the earlier
 * one (the card reports the final model) but keeps its place, so the order is that of first appearance. Every
 * name is scrubbed of secrets. Not thread-safe: the recorder guards it.
 */
public final class EvaluationStore {
    private final Bootstrap bootstrap;
    private final Map<List<Object>, QuantitativeResult> results = new LinkedHashMap<>();

    /** A store that computes confidence intervals with {@code bootstrap}. */
    public EvaluationStore(Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Records every metric of one evaluation, and of its slices. */
    public void add(Evaluated e) {
        String evaluator = Secrets.scrub(e.evaluator());
        String dataset = Secrets.scrub(e.dataset());
        String split = Secrets.scrub(e.split());
        e.metrics().forEach((metric, value) -> {
            if (value == null) {
                return;
            }
            double[] perExample = e.perExample().get(metric);
            Bootstrap.Interval ci = perExample == null ? null : bootstrap.interval(perExample);
            put(evaluator, dataset, split, Map.of(), metric, value, ci, direction(e, metric),
                    metric.equals(e.primaryMetric()));
        });
        for (SliceMetrics s : e.slices()) {
            Map<String, String> slice = new TreeMap<>();
            s.slice().forEach((k, v) -> slice.put(Secrets.scrub(k), Secrets.scrub(v)));
            s.metrics().forEach((metric, value) -> {
                if (value != null) {
                    put(evaluator, dataset, split, slice, metric, value, null, direction(e, metric), false);
                }
            });
        }
    }

    private void put(String evaluator, String dataset, String split, Map<String, String> slice, String rawMetric,
                     double value, Bootstrap.Interval ci, Boolean higher, boolean primary) {
        String metric = Secrets.scrub(rawMetric);
        results.put(List.of(String.valueOf(evaluator), String.valueOf(dataset), String.valueOf(split), slice, metric),
                QuantitativeResultBuilder.builder().metric(metric).value(value).evaluator(evaluator).dataset(dataset).split(split)
                        .slice(slice).ciLow(ci == null ? null : ci.low()).ciHigh(ci == null ? null : ci.high())
                        .ciLevel(ci == null ? null : ci.level()).higherIsBetter(higher).primary(primary).build());
    }

    private static Boolean direction(Evaluated e, String metric) {
        Boolean declared = e.higherIsBetter().get(metric);
        return declared != null ? declared : MetricDirection.higherIsBetter(metric);
    }

    /** Every result, in order of first appearance. */
    public List<QuantitativeResult> results() {
        return new ArrayList<>(results.values());
    }
}
