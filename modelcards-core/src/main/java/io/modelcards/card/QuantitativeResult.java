package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;

/**
 * One measured metric value, with where it was measured and how sure it is (Mitchell et al. §4.7).
 *
 * <p>{@link QuantitativeResultBuilder} builds one by naming each value; {@code withCiLow(…)} and the other withers change one
 * value.
 *
 * @param metric         metric type, e.g. "accuracy"
 * @param value          the value
 * @param evaluator      what computed it, e.g. "LabelEvaluator"
 * @param dataset        the dataset name it was measured on
 * @param split          the split, e.g. "test"
 * @param slice          feature = value pairs that restrict the data; empty for the whole dataset
 * @param ciLow          lower bound of the confidence interval, or null
 * @param ciHigh         upper bound of the confidence interval, or null
 * @param ciLevel        confidence level of the interval, e.g. 0.95, or null
 * @param higherIsBetter whether larger values are better, or null when unknown
 * @param primary        whether this is the model's primary metric
 */
@RecordBuilder
public record QuantitativeResult(
        String metric,
        double value,
        String evaluator,
        String dataset,
        String split,
        Map<String, String> slice,
        Double ciLow,
        Double ciHigh,
        Double ciLevel,
        Boolean higherIsBetter,
        boolean primary) implements QuantitativeResultBuilder.With {

    public QuantitativeResult {
        slice = Lists.copy(slice);
    }
}
