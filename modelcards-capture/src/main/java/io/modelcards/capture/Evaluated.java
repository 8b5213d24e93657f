package io.modelcards.capture;

import io.modelcards.card.Lists;
import java.util.List;
import java.util.Map;

/**
 * An evaluator measured the model on one dataset split.
 *
 * @param step           global step of the evaluation
 * @param evaluator      what computed the metrics, e.g. "LabelEvaluator"
 * @param dataset        dataset name
 * @param split          split, e.g. "test"
 * @param metrics        metric name to value, in the evaluator's order
 * @param primaryMetric  the metric that ranks models, or null
 * @param higherIsBetter per metric, whether larger is better; metrics not listed use the known direction of common metrics
 * @param perExample     per metric, the per-example values whose mean is the metric (1/0 correctness for accuracy,
 *                       squared error for mse); given, the card gets a bootstrap confidence interval
 * @param slices         metrics on slices of the dataset
 */
public record Evaluated(long step, String evaluator, String dataset, String split, Map<String, Double> metrics,
                        String primaryMetric, Map<String, Boolean> higherIsBetter, Map<String, double[]> perExample,
                        List<SliceMetrics> slices) {

    public Evaluated {
        metrics = Lists.copy(metrics);
        higherIsBetter = Lists.copy(higherIsBetter);
        perExample = Lists.copy(perExample);
        slices = slices == null ? List.of() : List.copyOf(slices);
    }

    /** An evaluation with metrics only; add the rest with the {@code with…} methods. */
    public static Evaluated of(long step, String evaluator, String dataset, String split, Map<String, Double> metrics) {
        return new Evaluated(step, evaluator, dataset, split, metrics, null, null, null, null);
    }

    /** This evaluation with {@code metric} as the primary metric. */
    public Evaluated withPrimary(String metric) {
        return new Evaluated(step, evaluator, dataset, split, metrics, metric, higherIsBetter, perExample, slices);
    }

    /** This evaluation with explicit directions for some metrics. */
    public Evaluated withHigherIsBetter(Map<String, Boolean> directions) {
        return new Evaluated(step, evaluator, dataset, split, metrics, primaryMetric, directions, perExample, slices);
    }

    /** This evaluation with per-example values, for confidence intervals. */
    public Evaluated withPerExample(Map<String, double[]> values) {
        return new Evaluated(step, evaluator, dataset, split, metrics, primaryMetric, higherIsBetter, values, slices);
    }

    /** This evaluation with per-slice metrics. */
    public Evaluated withSlices(List<SliceMetrics> sliceMetrics) {
        return new Evaluated(step, evaluator, dataset, split, metrics, primaryMetric, higherIsBetter, perExample, sliceMetrics);
    }
}
