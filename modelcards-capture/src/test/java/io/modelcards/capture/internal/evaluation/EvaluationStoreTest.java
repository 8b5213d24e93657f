package io.modelcards.capture.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.capture.Evaluated;
import io.modelcards.capture.SliceMetrics;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class EvaluationStoreTest {

    private static Map<String, Double> metrics(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }

    @Test
    void eachMetricBecomesOneResultWithItsDirectionAndPrimaryMark() {
        EvaluationStore store = new EvaluationStore(Bootstrap.DEFAULT);
        store.add(Evaluated.of(5, "LabelEvaluator", "iris", "test", metrics("accuracy", 0.9, "loss", 0.3))
                .withPrimary("accuracy"));

        assertThat(store.results()).containsExactly(
                QuantitativeResultBuilder.builder().metric("accuracy").value(0.9).evaluator("LabelEvaluator").dataset("iris")
                        .split("test").slice(Map.of()).higherIsBetter(true).primary(true).build(),
                QuantitativeResultBuilder.builder().metric("loss").value(0.3).evaluator("LabelEvaluator").dataset("iris")
                        .split("test").slice(Map.of()).higherIsBetter(false).primary(false).build());
    }

    @Test
    void aDeclaredDirectionWinsOverTheKnownOne() {
        EvaluationStore store = new EvaluationStore(Bootstrap.DEFAULT);
        store.add(Evaluated.of(1, "E", "d", "test", metrics("reward_loss", 2.0))
                .withHigherIsBetter(Map.of("reward_loss", true)));

        assertThat(store.results().get(0).higherIsBetter()).isTrue();
    }

    @Test
    void perExampleValuesGiveABootstrapInterval() {
        double[] correct = {1, 1, 0, 1, 1, 1, 0, 1, 1, 1};
        EvaluationStore store = new EvaluationStore(new Bootstrap(1000, 0.95, 3));
        store.add(Evaluated.of(1, "E", "d", "test", metrics("accuracy", 0.8)).withPerExample(Map.of("accuracy", correct)));

        Bootstrap.Interval expected = new Bootstrap(1000, 0.95, 3).interval(correct);
        QuantitativeResult r = store.results().get(0);
        assertThat(r.ciLow()).isEqualTo(expected.low());
        assertThat(r.ciHigh()).isEqualTo(expected.high());
        assertThat(r.ciLevel()).isEqualTo(0.95);
        assertThat(r.ciLow()).isLessThan(0.8);
        assertThat(r.ciHigh()).isGreaterThan(0.8);
    }

    @Test
    void slicesAreKeptAsFeatureEqualsValue() {
        EvaluationStore store = new EvaluationStore(Bootstrap.DEFAULT);
        store.add(Evaluated.of(1, "E", "d", "test", metrics("accuracy", 0.8))
                .withSlices(List.of(new SliceMetrics(Map.of("gender", "female"), metrics("accuracy", 0.75)))));

        assertThat(store.results()).filteredOn(r -> !r.slice().isEmpty()).singleElement().satisfies(r -> {
            assertThat(r.slice()).containsExactly(Map.entry("gender", "female"));
            assertThat(r.value()).isEqualTo(0.75);
            assertThat(r.higherIsBetter()).isTrue();
        });
    }

    @Test
    void aLaterEvaluationReplacesTheEarlierValueInItsPlace() {
        EvaluationStore store = new EvaluationStore(Bootstrap.DEFAULT);
        store.add(Evaluated.of(1, "E", "a", "test", metrics("accuracy", 0.5)));
        store.add(Evaluated.of(1, "E", "b", "test", metrics("accuracy", 0.6)));
        store.add(Evaluated.of(2, "E", "a", "test", metrics("accuracy", 0.7)));

        assertThat(store.results()).extracting(QuantitativeResult::dataset, QuantitativeResult::value)
                .containsExactly(Tuple.tuple("a", 0.7), Tuple.tuple("b", 0.6));
    }

    @Test
    void theSameEvaluatorAcrossDatasetsBecomesOneComparisonTable() {
        EvaluationStore store = new EvaluationStore(Bootstrap.DEFAULT);
        store.add(Evaluated.of(1, "STS", "stsb", "test", metrics("spearman", 0.85, "pearson", 0.86)));
        store.add(Evaluated.of(1, "STS", "sick", "test", metrics("spearman", 0.80)));
        store.add(Evaluated.of(1, "Other", "stsb", "test", metrics("mse", 0.1)));

        List<ComparisonTable> tables = ComparisonTable.of(store.results());

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.evaluator()).isEqualTo("STS");
            assertThat(t.columns()).containsExactly("stsb/test", "sick/test");
            assertThat(t.rows()).containsExactly("spearman", "pearson");
            assertThat(t.cell("spearman", "sick/test")).isEqualTo(0.80);
            assertThat(t.cell("pearson", "sick/test")).isNull();
        });
    }

    @Test
    void wholeDatasetResultsMapIntoModelIndex() {
        CardRecorder r = CardRecorder.builder().setModelName("clf").optTaskType("text-classification")
                .optTaskName("Text Classification").build();
        r.onEvaluated(Evaluated.of(1, "E", "imdb", "test", metrics("Accuracy", 0.9))
                .withSlices(List.of(new SliceMetrics(Map.of("len", "long"), metrics("Accuracy", 0.8)))));

        ModelCard card = r.toCard();

        assertThat(card.metadata().evalResults()).containsExactly(EvalResultBuilder.builder().taskType("text-classification")
                .taskName("Text Classification").datasetType("imdb").datasetName("imdb").datasetSplit("test").metricType("accuracy")
                .metricValue(0.9).metricName("Accuracy").build());
        assertThat(card.metadata().modelName()).isEqualTo("clf");
        assertThat(card.metadata().metrics()).containsExactly("accuracy");
    }

    @Test
    void withoutATaskTypeNothingGoesIntoModelIndex() {
        CardRecorder r = CardRecorder.builder().setModelName("clf").build();
        r.onEvaluated(Evaluated.of(1, "E", "imdb", "test", metrics("accuracy", 0.9)));

        assertThat(r.toCard().metadata().evalResults()).isEmpty();
        assertThat(r.toCard().evaluation().quantitative()).hasSize(1);
    }
}
