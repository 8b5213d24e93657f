package io.modelcards.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.capture.CardRecorder;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import org.junit.jupiter.api.Test;

/** The adapter's options and its behaviour without DJL's evaluator listener, each on a real {@link TinyRun}. */
class DjlCaptureOptionsTest {

    @Test
    void logEveryKeepsOnlyEveryNthTrainingBatch() throws Exception {
        CardRecorder recorder = CardRecorder.builder().setModelName("m").build();
        TinyRun.train(true, config -> DjlCapture.feeding(recorder).optLogEvery(4));
        ModelCard card = recorder.toCard();
        assertThat(card.training().log().stream().filter(r -> r.metrics().containsKey("train_all_Accuracy")))
                .extracting(LogEntry::step).containsExactly(4L, 8L, 12L, 16L);
    }

    @Test
    void theValidationDatasetCarriesTheGivenName() throws Exception {
        CardRecorder recorder = CardRecorder.builder().setModelName("m").build();
        TinyRun.train(true, config -> DjlCapture.feeding(recorder).optValidationDataset("held-out"));
        assertThat(recorder.toCard().evaluation().quantitative()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.dataset()).isEqualTo("held-out"));
    }

    @Test
    void withoutDjlsEvaluatorListenerNoMetricIsInventedButTheRunIsStillRecorded() throws Exception {
        CardRecorder recorder = CardRecorder.builder().setModelName("m").build();
        DjlCapture[] capture = new DjlCapture[1];
        TinyRun.train(false, config -> capture[0] = DjlCapture.feeding(recorder));
        ModelCard card = recorder.toCard();
        assertThat(capture[0].step()).isEqualTo(16);
        assertThat(card.training().log()).isEmpty();
        assertThat(card.evaluation().quantitative()).isEmpty();
        assertThat(card.training().hyperparameters().all()).containsEntry("loss.name", "SoftmaxCrossEntropyLoss");
    }

    @Test
    void withoutTheTrainingConfigTheOptimizerIsLeftOutRatherThanGuessed() throws Exception {
        CardRecorder recorder = CardRecorder.builder().setModelName("m").build();
        TinyRun.train(true, config -> DjlCapture.feeding(recorder));
        assertThat(recorder.toCard().training().hyperparameters().all()).doesNotContainKey("optimizer.class");
    }

    @Test
    void aLogIntervalBelowOneBatchIsRejected() {
        DjlCapture capture = DjlCapture.feeding(CardRecorder.builder().setModelName("m").build());
        assertThatThrownBy(() -> capture.optLogEvery(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 batch");
    }
}
