package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"loss", "eval_loss", "mean_absolute_error", "Perplexity", "MAE", "mse", "RMSE", "wer", "test-cer"})
    void aMetricNamedAfterAnErrorIsLowerIsBetter(String metric) {
        assertThat(Direction.of(metric)).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"accuracy", "f1", "bleu", "lossless_ratio", "cerebral_score"})
    void everyOtherMetricIsHigherIsBetterBecauseWordsAreMatchedWhole(String metric) {
        assertThat(Direction.of(metric)).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void whatAResultRecordsWinsOverTheName() {
        assertThat(Direction.of(true, "loss")).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void goingDownIsBetterForALowerIsBetterMetric() {
        assertThat(Direction.LOWER_IS_BETTER.compare(0.4, 0.3)).isPositive();
    }
}
