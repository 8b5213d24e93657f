package io.modelcards.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void lossValuesGetTenthTicksCoveringTheRange() {
        Ticks t = Ticks.of(0.2466, 0.6233, 4, false);

        assertThat(t.labels()).containsExactly("0.2", "0.3", "0.4", "0.5", "0.6", "0.7");
    }

    @Test
    void stepsGetWholeNumberTicks() {
        assertThat(Ticks.of(50, 1000, 5, true).labels()).containsExactly("0", "200", "400", "600", "800", "1000");
    }

    @Test
    void aFewStepsNeverGetFractionalTicks() {
        assertThat(Ticks.of(1, 3, 8, true).labels()).containsExactly("1", "2", "3");
    }

    @Test
    void largeStepCountsUseSuffixes() {
        assertThat(Ticks.of(0, 2_500_000, 5, true).labels()).containsExactly("0", "0.5M", "1.0M", "1.5M", "2.0M", "2.5M");
    }

    @Test
    void tinyLearningRatesUseExponentNotation() {
        assertThat(Ticks.of(1e-5, 5e-5, 4, false).labels()).containsExactly("1e-5", "2e-5", "3e-5", "4e-5", "5e-5");
    }

    @Test
    void aFlatSeriesIsWidenedAroundItsValue() {
        Ticks t = Ticks.of(0.5, 0.5, 4, false);

        assertThat(t.lo()).isLessThan(0.5);
        assertThat(t.hi()).isGreaterThan(0.5);
    }

    @Test
    void negativeValuesKeepTheirSign() {
        assertThat(Ticks.of(-1, 1, 4, false).labels()).containsExactly("-1.0", "-0.5", "0", "0.5", "1.0");
    }
}
