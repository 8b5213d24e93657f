package io.modelcards.capture.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BootstrapTest {

    /** Rows computed by bootstrap_reference.py, an independent Python implementation of the same procedure. */
    static List<Arguments> reference() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = BootstrapTest.class.getResourceAsStream("bootstrap-reference.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                double[] values = Arrays.stream(f[3].split(",")).mapToDouble(Double::parseDouble).toArray();
                out.add(Arguments.of(Long.parseLong(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]), values,
                        Double.parseDouble(f[4]), Double.parseDouble(f[5])));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("reference")
    void intervalsMatchTheIndependentReference(long seed, int resamples, double level, double[] values, double low,
                                               double high) {
        Bootstrap.Interval ci = new Bootstrap(resamples, level, seed).interval(values);

        assertThat(ci.low()).isEqualTo(low);
        assertThat(ci.high()).isEqualTo(high);
        assertThat(ci.level()).isEqualTo(level);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        double[] values = {0.1, 0.9, 0.4, 0.7, 0.3};
        assertThat(new Bootstrap(1000, 0.95, 9).interval(values)).isEqualTo(new Bootstrap(1000, 0.95, 9).interval(values));
    }

    @Test
    void constantValuesGiveAPointInterval() {
        Bootstrap.Interval ci = Bootstrap.DEFAULT.interval(new double[] {0.5, 0.5, 0.5});

        assertThat(ci.low()).isEqualTo(0.5);
        assertThat(ci.high()).isEqualTo(0.5);
    }

    @Test
    void anAccuracyIntervalMatchesTheNormalApproximation() {
        // 800 of 1000 correct: the 95 % interval is about 0.8 ± 1.96·sqrt(0.8·0.2/1000) = 0.8 ± 0.0248.
        double[] correct = new double[1000];
        Arrays.fill(correct, 0, 800, 1.0);
        Bootstrap.Interval ci = new Bootstrap(2000, 0.95, 1).interval(correct);

        assertThat(ci.low()).isCloseTo(0.7752, within(0.006));
        assertThat(ci.high()).isCloseTo(0.8248, within(0.006));
    }

    @Test
    void noValuesGiveNoInterval() {
        assertThat(Bootstrap.DEFAULT.interval(new double[0])).isNull();
    }
}
