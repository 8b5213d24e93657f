package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricFamilyTest {
    @Test
    void rankingMetricsWithACutoffAreRanking() {
        assertThat(MetricFamily.of("ndcg@10")).isEqualTo(MetricFamily.RANKING);
        assertThat(MetricFamily.of("MRR@10")).isEqualTo(MetricFamily.RANKING);
        assertThat(MetricFamily.of("map")).isEqualTo(MetricFamily.RANKING);
        assertThat(MetricFamily.of("recall@5")).isEqualTo(MetricFamily.RANKING);
    }

    @Test
    void plainRecallIsAClassificationMetric() {
        assertThat(MetricFamily.of("recall")).isEqualTo(MetricFamily.CLASSIFICATION);
    }

    @Test
    void shortNamesMatchOnlyWholeWords() {
        assertThat(MetricFamily.of("answer_accuracy")).isEqualTo(MetricFamily.CLASSIFICATION);
        assertThat(MetricFamily.higherIsBetter("answer_accuracy")).isTrue();
    }

    @Test
    void errorsLossesAndPerplexityAreLowerIsBetter() {
        assertThat(MetricFamily.higherIsBetter("rmse")).isFalse();
        assertThat(MetricFamily.higherIsBetter("eval_loss")).isFalse();
        assertThat(MetricFamily.higherIsBetter("perplexity")).isFalse();
        assertThat(MetricFamily.higherIsBetter("query_active_dims")).isFalse();
    }

    @Test
    void rSquaredIsHigherIsBetterThoughItIsARegressionMetric() {
        assertThat(MetricFamily.of("r2")).isEqualTo(MetricFamily.REGRESSION);
        assertThat(MetricFamily.higherIsBetter("r2")).isTrue();
    }

    @Test
    void unknownMetricsHaveNoDirection() {
        assertThat(MetricFamily.of("throughput")).isEqualTo(MetricFamily.OTHER);
        assertThat(MetricFamily.higherIsBetter("throughput")).isNull();
    }

    @Test
    void correlationMetricsAreSimilarity() {
        assertThat(MetricFamily.of("spearman_cosine")).isEqualTo(MetricFamily.SIMILARITY);
    }

    @Test
    void sparsityMetricsAreSparsity() {
        assertThat(MetricFamily.of("corpus_active_dims")).isEqualTo(MetricFamily.SPARSITY);
    }
}
