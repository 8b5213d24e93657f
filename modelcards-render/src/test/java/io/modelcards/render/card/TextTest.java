package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void smallFloatsUsePythonsExponentForm() {
        assertThat(Text.python(2e-05)).isEqualTo("2e-05");
        assertThat(Text.python(1.5e-7)).isEqualTo("1.5e-07");
    }

    @Test
    void floatsFromOneTenThousandthUpArePlain() {
        assertThat(Text.python(0.0001)).isEqualTo("0.0001");
        assertThat(Text.python(0.1)).isEqualTo("0.1");
        assertThat(Text.python(12345.678)).isEqualTo("12345.678");
    }

    @Test
    void integralFloatsKeepOneDecimal() {
        assertThat(Text.python(3.0)).isEqualTo("3.0");
        assertThat(Text.python(-0.0)).isEqualTo("-0.0");
    }

    @Test
    void hugeFloatsUsePythonsPositiveExponent() {
        assertThat(Text.python(1.5e20)).isEqualTo("1.5e+20");
        assertThat(Text.python(1e16)).isEqualTo("1e+16");
        assertThat(Text.python(1e15)).isEqualTo("1000000000000000.0");
    }

    @Test
    void specialFloatsAreNamedAsPythonNamesThem() {
        assertThat(Text.python(Double.NaN)).isEqualTo("nan");
        assertThat(Text.python(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void metricsShowFourDecimalsRoundedHalfEven() {
        assertThat(Text.metric(0.91234)).isEqualTo("0.9123");
        assertThat(Text.metric(0.5)).isEqualTo("0.5000");
        assertThat(Text.metric("0.90 (macro)")).isEqualTo("0.90 (macro)");
        assertThat(Text.metric(42L)).isEqualTo("42");
    }

    @Test
    void largeMetricValuesShowTwoDecimals() {
        assertThat(Text.metric(24311.5234)).isEqualTo("24311.52");
        assertThat(Text.metric(99.12346)).isEqualTo("99.1235");
    }

    @Test
    void listsAreJoinedWithCommas() {
        assertThat(Text.of(List.of("a", 2e-05, 3L))).isEqualTo("a, 2e-05, 3");
    }

    @Test
    void tableCellsEscapePipesAndFoldLineBreaks() {
        assertThat(Text.cell("a|b\nc\r\nd")).isEqualTo("a\\|b<br>c<br>d");
    }

    @Test
    void sizesUseBinaryPrefixes() {
        assertThat(Text.bytes(512L)).isEqualTo("512 B");
        assertThat(Text.bytes(34359738368L)).isEqualTo("32.0 GiB");
    }
}
