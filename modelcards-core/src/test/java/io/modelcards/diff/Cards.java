package io.modelcards.diff;

import io.modelcards.card.EvalResult;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import java.util.List;

/** Small cards for the unit tests: one value set, the rest empty. */
final class Cards {
    private Cards() {}

    static ModelCard results(QuantitativeResult... results) {
        return ModelCardBuilder.builder().evaluation(EvaluationBuilder.builder().quantitative(List.of(results)).build()).build();
    }

    static ModelCard index(EvalResult... results) {
        return ModelCardBuilder.builder().metadata(MetadataBuilder.builder().evalResults(List.of(results)).build()).build();
    }

    static QuantitativeResultBuilder result(String metric, double value) {
        return QuantitativeResultBuilder.builder().metric(metric).value(value).dataset("imdb").split("test");
    }

    static EvalResult indexResult(String metric, Object value) {
        return EvalResultBuilder.builder().taskType("text-classification").datasetType("imdb").datasetSplit("test").metricType(metric)
                .metricValue(value).build();
    }
}
