package io.modelcards.capture.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricDirectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"accuracy", "f1", "macro_f1", "precision", "recall", "auc", "roc_auc", "map", "mrr",
            "ndcg@10", "spearman", "pearson", "eval_accuracy", "cosine_spearman"})
    void higherIsBetterForScores(String metric) {
        assertThat(MetricDirection.higherIsBetter(metric)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"loss", "eval_loss", "mse", "rmse", "mae", "perplexity", "error", "test-error", "WER"})
    void lowerIsBetterForErrors(String metric) {
        assertThat(MetricDirection.higherIsBetter(metric)).isFalse();
    }

    @Test
    void anUnknownMetricHasNoDirection() {
        assertThat(MetricDirection.higherIsBetter("throughput")).isNull();
    }
}
