package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * How the model was evaluated and what came out (Mitchell et al. §4.3–4.7; HF "Evaluation" section).
 *
 * <p>{@link EvaluationBuilder} builds one by naming each value; {@code withSummary(…)} and the other withers change one value.
 *
 * @param testingData   Markdown describing the evaluation data
 * @param factors       Markdown describing the factors (groups, instrumentation, environments)
 * @param metrics       Markdown describing the metrics and why they were chosen
 * @param results       Markdown of the results
 * @param summary       Markdown summary of the results
 * @param quantitative  typed metric values, each with its slice and uncertainty
 * @param examination   Markdown of the "Model Examination" section (interpretability work)
 */
@RecordBuilder
public record Evaluation(
        String testingData,
        String factors,
        String metrics,
        String results,
        String summary,
        List<QuantitativeResult> quantitative,
        String examination) implements EvaluationBuilder.With {

    public static final Evaluation EMPTY = EvaluationBuilder.builder().build();

    public Evaluation {
        quantitative = Lists.copy(quantitative);
    }
}
