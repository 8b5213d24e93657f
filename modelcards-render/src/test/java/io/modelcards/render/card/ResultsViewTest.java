package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.EvalResult;
import io.modelcards.card.Evaluation;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsViewTest {
    static EvalResult indexed(String metric, double value) {
        return new EvalResult("tabular-classification", null, "crescents", "crescents", null, "test", null, null, metric, value,
                null, null, null, null, null, null, null);
    }

    static QuantitativeResult captured(String metric, double value) {
        return new QuantitativeResult(metric, value, "LabelEvaluator", "crescents", "test", Map.of(), null, null, null, true, false);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(ModelCard card) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ResultsView.addTo(ctx, card);
        return (List<Map<String, Object>>) ctx.get("result_rows");
    }

    static ModelCard card(List<QuantitativeResult> q, List<EvalResult> e) {
        return ModelCard.empty().withEvaluation(new Evaluation(null, null, null, null, null, q, null))
                .withMetadata(new Metadata(null, null, null, null, null, null, null, null, null, null, "m", null, null, e, null));
    }

    @Test
    void aModelIndexResultThatRestatesACapturedOneIsShownOnce() {
        assertThat(rows(card(List.of(captured("accuracy", 0.878)), List.of(indexed("accuracy", 0.878))))).hasSize(1)
                .first().satisfies(r -> assertThat(r.get("source")).isEqualTo("LabelEvaluator"));
    }

    @Test
    void aModelIndexResultWithADifferentValueIsStillShown() {
        assertThat(rows(card(List.of(captured("accuracy", 0.878)), List.of(indexed("accuracy", 0.9))))).hasSize(2);
    }

    @Test
    void aVerifiedModelIndexResultKeepsItsRowBesideTheCapturedOne() {
        EvalResult e = indexed("accuracy", 0.878);
        EvalResult verified = new EvalResult(e.taskType(), null, e.datasetType(), e.datasetName(), null, "test", null, null,
                "accuracy", 0.878, null, null, null, true, null, "Leaderboard", "https://example.org/board");
        assertThat(rows(card(List.of(captured("accuracy", 0.878)), List.of(verified)))).hasSize(2);
    }

    @Test
    void aModelIndexResultWithoutACapturedTwinIsShown() {
        assertThat(rows(card(List.of(), List.of(indexed("f1", 0.5))))).hasSize(1)
                .first().satisfies(r -> assertThat(r.get("source")).isEqualTo("model-index"));
    }
}
