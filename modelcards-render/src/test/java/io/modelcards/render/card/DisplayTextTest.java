package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayTextTest {
    @Test
    void smallFloatsUsePythonsExponentForm() {
        assertThat(DisplayText.python(2e-05)).isEqualTo("2e-05");
        assertThat(DisplayText.python(1.5e-7)).isEqualTo("1.5e-07");
    }

    @Test
    void floatsFromOneTenThousandthUpArePlain() {
        assertThat(DisplayText.python(0.0001)).isEqualTo("0.0001");
        assertThat(DisplayText.python(0.1)).isEqualTo("0.1");
        assertThat(DisplayText.python(12345.678)).isEqualTo("12345.678");
    }

    @Test
    void integralFloatsKeepOneDecimal() {
        assertThat(DisplayText.python(3.0)).isEqualTo("3.0");
        assertThat(DisplayText.python(-0.0)).isEqualTo("-0.0");
    }

    @Test
    void hugeFloatsUsePythonsPositiveExponent() {
        assertThat(DisplayText.python(1.5e20)).isEqualTo("1.5e+20");
        assertThat(DisplayText.python(1e16)).isEqualTo("1e+16");
        assertThat(DisplayText.python(1e15)).isEqualTo("1000000000000000.0");
    }

    @Test
    void specialFloatsAreNamedAsPythonNamesThem() {
        assertThat(DisplayText.python(Double.NaN)).isEqualTo("nan");
        assertThat(DisplayText.python(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void metricsShowFourDecimalsRoundedHalfEven() {
        assertThat(DisplayText.metric(0.91234)).isEqualTo("0.9123");
        assertThat(DisplayText.metric(0.5)).isEqualTo("0.5000");
        assertThat(DisplayText.metric("0.90 (macro)")).isEqualTo("0.90 (macro)");
        assertThat(DisplayText.metric(42L)).isEqualTo("42");
    }

    @Test
    void largeMetricValuesShowTwoDecimals() {
        assertThat(DisplayText.metric(24311.5234)).isEqualTo("24311.52");
        assertThat(DisplayText.metric(99.12346)).isEqualTo("99.1235");
    }

    @Test
    void listsAreJoinedWithCommas() {
        assertThat(DisplayText.of(List.of("a", 2e-05, 3L))).isEqualTo("a, 2e-05, 3");
    }

    @Test
    void tableCellsEscapePipesAndFoldLineBreaks() {
        assertThat(DisplayText.cell("a|b\nc\r\nd")).isEqualTo("a\\|b<br>c<br>d");
    }

    @Test
    void sizesUseBinaryPrefixes() {
        assertThat(DisplayText.bytes(512L)).isEqualTo("512 B");
        assertThat(DisplayText.bytes(34359738368L)).isEqualTo("32.0 GiB");
    }

    @Test
    void aTagLikeValueIsEscapedSoMarkdownShowsItAsText() {
        assertThat(DisplayText.text("<redacted>")).isEqualTo("\\<redacted>");
        assertThat(DisplayText.text("https://<redacted>@host")).isEqualTo("https://\\<redacted>@host");
    }

    @Test
    void anAmpersandIsEscapedOnlyWhereItWouldStartAnEntity() {
        assertThat(DisplayText.text("R&D &amp; &#42;")).isEqualTo("R&D \\&amp; \\&#42;");
    }

    @Test
    void plainTextKeepsItsBackslashesPipesAndLineBreaksVisible() {
        assertThat(DisplayText.text("a\\b|c\nd")).isEqualTo("a\\\\b\\|c<br>d");
    }

    @Test
    void onlyTheRedactionMarkerIsEscapedInMarkdownText() {
        assertThat(DisplayText.marked("**demo** <redacted> <b>")).isEqualTo("**demo** \\<redacted> <b>");
    }
}
