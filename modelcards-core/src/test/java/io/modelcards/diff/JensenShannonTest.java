package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelcards.card.Histogram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JensenShannonTest {
    /**
     * By hand for p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4); KL(p||m) = 1/2 log2(2/3) + 1/2 log2 2 = 0.2075187;
     * KL(q||m) = log2(4/3) = 0.4150375; JS = (0.2075187 + 0.4150375) / 2 = 0.3112781.
     */
    private static final double HALF_AGAINST_ONE = 0.3112781;

    @Test
    void theSameDistributionHasDivergenceZero() {
        assertThat(JensenShannon.divergence(new double[] {3, 1}, new double[] {6, 2})).isZero();
    }

    @Test
    void disjointDistributionsHaveDivergenceOne() {
        assertThat(JensenShannon.divergence(new double[] {1, 0}, new double[] {0, 5})).isEqualTo(1.0);
    }

    @Test
    void theDivergenceMatchesTheValueComputedByHand() {
        assertThat(JensenShannon.divergence(new double[] {1, 1}, new double[] {1, 0})).isCloseTo(HALF_AGAINST_ONE, within(1e-7));
    }

    @Test
    void labelCountsAreComparedOverTheUnionOfClasses() {
        assertThat(JensenShannon.of(Map.of("pos", 5L, "neg", 5L), Map.of("pos", 2L)).orElseThrow())
                .isCloseTo(HALF_AGAINST_ONE, within(1e-7));
    }

    @Test
    void aBinIsSpreadUniformlyOverTheFinerBinsOfTheUnionOfEdges() {
        Histogram coarse = new Histogram(List.of(0.0, 2.0), List.of(10L), true);
        assertThat(JensenShannon.rebin(coarse, new double[] {0, 1, 2})).containsExactly(5.0, 5.0);
    }

    @Test
    void histogramsWithDifferentEdgesAreComparedAfterRebinning() {
        Histogram coarse = new Histogram(List.of(0.0, 2.0), List.of(2L), true);
        Histogram fine = new Histogram(List.of(0.0, 1.0, 2.0), List.of(7L, 0L), true);
        assertThat(JensenShannon.of(coarse, fine).orElseThrow()).isCloseTo(HALF_AGAINST_ONE, within(1e-7));
    }

    @Test
    void aZeroWidthBinGoesWholeIntoTheBinHoldingItsValue() {
        Histogram point = new Histogram(List.of(1.0, 1.0), List.of(4L), true);
        assertThat(JensenShannon.rebin(point, new double[] {0, 1, 2})).containsExactly(0.0, 4.0);
    }

    @Test
    void aMalformedHistogramIsNotCompared() {
        Histogram bad = new Histogram(List.of(0.0, 1.0), List.of(1L, 2L), true);
        assertThat(JensenShannon.of(bad, bad)).isEmpty();
    }

    @Test
    void anEmptyDistributionIsRefused() {
        assertThatThrownBy(() -> JensenShannon.divergence(new double[] {0, 0}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
