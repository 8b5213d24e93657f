package io.modelcards.djl;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains {@link TinyRun}'s MLP with DJL's PyTorch engine, loaded from the Maven test jars only, through the adapter
 * after DJL's basic listeners, and checks what reaches the card.
 */
class DjlCaptureTrainingTest {
    static ModelCard card;
    static long steps;

    @BeforeAll
    static void train() throws Exception {
        CardRecorder recorder = CardRecorder.builder().setModelName("set-by-the-adapter").build();
        DjlCapture[] capture = new DjlCapture[1];
        TinyRun.train(true, config -> capture[0] = DjlCapture.feeding(recorder).optConfig(config)
                .optHyperparameter("batch_size", TinyRun.BATCH).optHyperparameter("epochs", 2));
        steps = capture[0].step();
        card = recorder.toCard();
    }

    @Test
    void theModelNameComesFromTheDjlModel() {
        assertThat(card.details().name()).isEqualTo("tiny-mlp");
    }

    @Test
    void theOptimizerSettingsAreReadIntoFlattenedHyperparameters() {
        var all = card.training().hyperparameters().all();
        assertThat(all).containsEntry("optimizer.class", "ai.djl.training.optimizer.Sgd")
                .containsEntry("optimizer.momentum", 0.9f)
                .containsEntry("optimizer.learningRateTracker.value", 0.1f);
    }

    @Test
    void onlyTheOptimizerSettingsThatDifferFromDjlsDefaultsAreNonDefault() {
        var nonDefault = card.training().hyperparameters().nonDefault();
        assertThat(nonDefault).contains("optimizer.momentum", "optimizer.learningRateTracker.value")
                .doesNotContain("optimizer.class", "optimizer.rescaleGrad", "optimizer.clipGrad", "optimizer.weightDecays");
    }

    @Test
    void theLossEvaluatorsDevicesAndCallerValuesAreHyperparameters() {
        var all = card.training().hyperparameters().all();
        assertThat(all).containsEntry("loss.name", "SoftmaxCrossEntropyLoss")
                .containsEntry("batch_size", TinyRun.BATCH).containsEntry("epochs", 2);
        assertThat(all).containsEntry("evaluators[0]", "Accuracy").containsEntry("devices[0]", "cpu()");
    }

    @Test
    void everyTrainingBatchIsAStepOnTheCurve() {
        assertThat(steps).isEqualTo(16);
        List<LogEntry> batchRows = card.training().log().stream()
                .filter(r -> r.metrics().containsKey("train_all_SoftmaxCrossEntropyLoss")).toList();
        assertThat(batchRows).extracting(LogEntry::step).containsExactly(
                1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(batchRows).allSatisfy(r -> assertThat(r.metrics()).containsKey("train_all_Accuracy"));
    }

    @Test
    void batchEpochsAreFractionsThatGrowAcrossTheRun() {
        List<Double> epochs = card.training().log().stream()
                .filter(r -> r.metrics().containsKey("train_all_Accuracy")).map(LogEntry::epoch).toList();
        assertThat(epochs).isSorted();
        assertThat(epochs.get(0)).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(epochs.get(epochs.size() - 1)).isGreaterThan(1.0).isLessThanOrEqualTo(2.0);
    }

    @Test
    void eachEpochLogsItsTrainingAndValidationValues() {
        List<LogEntry> epochRows = card.training().log().stream()
                .filter(r -> r.metrics().containsKey("validate_epoch_Accuracy")).toList();
        assertThat(epochRows).extracting(LogEntry::step).containsExactly(8L, 16L);
        assertThat(epochRows).extracting(LogEntry::epoch).containsExactly(1.0, 2.0);
        assertThat(epochRows.get(1).metrics()).containsKeys("train_epoch_SoftmaxCrossEntropyLoss",
                "train_epoch_Accuracy", "validate_epoch_SoftmaxCrossEntropyLoss");
    }

    @Test
    void theLastValidationIsTheCardsEvaluationWithAccuracyPrimary() {
        List<QuantitativeResult> validation = card.evaluation().quantitative().stream()
                .filter(q -> "validation".equals(q.dataset())).toList();
        QuantitativeResult accuracy = validation.stream().filter(q -> q.metric().equals("Accuracy")).findFirst()
                .orElseThrow();
        assertThat(accuracy.primary()).isTrue();
        assertThat(accuracy.value()).isBetween(0.0, 1.0);
        QuantitativeResult loss = validation.stream().filter(q -> q.metric().equals("SoftmaxCrossEntropyLoss"))
                .findFirst().orElseThrow();
        assertThat(loss.higherIsBetter()).isFalse();
    }

    @Test
    void theSeparableTaskIsLearnedSoTheValidationAccuracyIsReal() {
        double accuracy = card.evaluation().quantitative().stream()
                .filter(q -> q.metric().equals("Accuracy") && "validation".equals(q.dataset()))
                .mapToDouble(QuantitativeResult::value).max().orElseThrow();
        assertThat(accuracy).isGreaterThan(0.7);
    }

    @Test
    void djlAndTheSgdOptimizerAreCited() {
        assertThat(card.details().citations()).extracting(c -> c.key()).contains("djl");
        assertThat(card.details().citations()).anySatisfy(c -> assertThat(c.component()).isEqualTo("sgd"));
    }
}
