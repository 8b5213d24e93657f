package io.modelcards.card;

import java.util.List;

/**
 * How the model was evaluated and what came out (Mitchell et al. §4.3–4.7; HF "Evaluation" section).
 *
 * @param testingData   Markdown describing the evaluation data
 * @param factors       Markdown describing the factors (groups, instrumentation, environments)
 * @param metrics       Markdown describing the metrics and why they were chosen
 * @param results       Markdown of the results
 * @param summary       Markdown summary of the results
 * @param quantitative  typed metric values, each with its slice and uncertainty
 * @param examination   Markdown of the "Model Examination" section (interpretability work)
 */
public record Evaluation(
        String testingData,
        String factors,
        String metrics,
        String results,
        String summary,
        List<QuantitativeResult> quantitative,
        String examination) {

    public static final Evaluation EMPTY = new Evaluation(null, null, null, null, null, null, null);

    public Evaluation {
        quantitative = Lists.copy(quantitative);
    }
}
