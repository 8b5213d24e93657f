package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.EvalResult;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsViewTest {
    static EvalResult indexed(String metric, double value) {
        return EvalResultBuilder.builder().taskType("tabular-classification").datasetType("crescents").datasetName("crescents")
                .datasetSplit("test").metricType(metric).metricValue(value).build();
    }

    static QuantitativeResult captured(String metric, double value) {
        return QuantitativeResultBuilder.builder().metric(metric).value(value).evaluator("LabelEvaluator").dataset("crescents")
                .split("test").slice(Map.of()).higherIsBetter(true).primary(false).build();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(ModelCard card) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ResultsView.addTo(ctx, card);
        return (List<Map<String, Object>>) ctx.get("result_rows");
    }

    static ModelCard card(List<QuantitativeResult> q, List<EvalResult> e) {
        return ModelCard.empty().withEvaluation(EvaluationBuilder.builder().quantitative(q).build())
                .withMetadata(MetadataBuilder.builder().modelName("m").evalResults(e).build());
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
        EvalResult verified = e.with().verified(true).sourceName("Leaderboard").sourceUrl("https://example.org/board").build();
        assertThat(rows(card(List.of(captured("accuracy", 0.878)), List.of(verified)))).hasSize(2);
    }

    @Test
    void aModelIndexResultWithoutACapturedTwinIsShown() {
        assertThat(rows(card(List.of(), List.of(indexed("f1", 0.5))))).hasSize(1)
                .first().satisfies(r -> assertThat(r.get("source")).isEqualTo("model-index"));
    }

    private static QuantitativeResult perLabel(String metric, double value, String label) {
        return captured(metric, value).withSlice(Map.of("label", label));
    }

    @Test
    void perClassResultsOfOneDatasetAreShownOnlyInThePerClassTable() {
        List<Map<String, Object>> rows = rows(card(List.of(captured("accuracy", 0.9), perLabel("f1", 0.8, "a"),
                perLabel("support", 500.0, "a")), List.of()));
        assertThat(rows).extracting(r -> r.get("per_class")).containsExactly(false, true, true);
        assertThat(rows.get(2)).containsEntry("value", "500");
    }

    @Test
    void perClassResultsWithIntervalsKeepTheirOwnRows() {
        List<Map<String, Object>> rows = rows(card(List.of(perLabel("f1", 0.8, "a").withCiLow(0.7).withCiHigh(0.9),
                perLabel("f1", 0.6, "b")), List.of()));
        assertThat(rows).extracting(r -> r.get("per_class")).containsExactly(false, false);
    }

    @Test
    void aWholeValueOfAMetricThatIsNotACountKeepsItsDecimals() {
        assertThat(ResultsView.value("accuracy", 1.0)).isEqualTo("1.0000");
        assertThat(ResultsView.value("support", 500.0)).isEqualTo("500");
        assertThat(ResultsView.value("num_samples", 12000L)).isEqualTo("12,000");
        assertThat(ResultsView.value("support", 2.5)).isEqualTo("2.5000");
    }
}
