package io.modelcards.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.modelcards.card.LogEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class TrainingChartTest {
    private static LogEntry row(long step, boolean best, Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return new LogEntry(step, null, m, best);
    }

    private static List<LogEntry> curve() {
        List<LogEntry> log = new ArrayList<>();
        for (int s = 1; s <= 10; s++) {
            log.add(row(s * 100L, s == 7, "loss", 1.0 / s, "accuracy", 0.5 + s * 0.04));
        }
        return log;
    }

    @Test
    void anEmptyLogHasNoChart() {
        assertThat(TrainingChart.svg(List.of())).isEmpty();
        assertThat(TrainingChart.exists(List.of())).isFalse();
    }

    @Test
    void aLogWithoutFiniteValuesHasNoChart() {
        List<LogEntry> log = List.of(row(1, false, "loss", Double.NaN), row(2, false, "loss", Double.POSITIVE_INFINITY),
                new LogEntry(3, 1.0, Map.of(), true));

        assertThat(TrainingChart.svg(log)).isEmpty();
    }

    @Test
    void theSameLogGivesTheSameBytes() {
        assertThat(TrainingChart.svg(curve()).orElseThrow()).isEqualTo(TrainingChart.svg(new ArrayList<>(curve())).orElseThrow());
    }

    @Test
    void theChartIsWellFormedXml() {
        String svg = TrainingChart.svg(curve()).orElseThrow();

        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
    }

    @Test
    void eachMetricGetsAPanelWithItsLine() {
        String svg = TrainingChart.svg(curve()).orElseThrow();

        assertThat(svg).contains(">loss</text>", ">accuracy</text>");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
    }

    @Test
    void theBestCheckpointIsMarkedWithItsStepAndValues() {
        String svg = TrainingChart.svg(curve()).orElseThrow();

        assertThat(svg).contains("best checkpoint (step 700)", "best 0.1429 \u00b7 last 0.1", "best 0.78 \u00b7 last 0.9");
        assertThat(svg.split("stroke-dasharray", -1)).hasSize(4);
    }

    @Test
    void metricNamesAreEscaped() {
        String svg = TrainingChart.svg(List.of(row(1, false, "<script>alert(1)</script>", 1.0),
                row(2, false, "<script>alert(1)</script>", 0.5))).orElseThrow();

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void quotesAndControlCharactersInNamesCannotBreakTheMarkup() {
        String svg = TrainingChart.svg(List.of(row(1, false, "a\"b' onload=\"x\u0000\u0007", 1.0))).orElseThrow();

        assertThat(svg).contains("a&#34;b&#39; onload=&#34;x</text>").doesNotContain("\u0000").doesNotContain("\u0007");
    }

    @Test
    void theChartLoadsNothingAndHasNoIds() {
        String svg = TrainingChart.svg(curve()).orElseThrow();

        assertThat(svg).doesNotContain("href").doesNotContain("url(").doesNotContain(" id=").doesNotContain("<script")
                .doesNotContain("<style").doesNotContain("<image");
    }

    @Test
    void aSinglePointIsDrawnAsADot() {
        String svg = TrainingChart.svg(List.of(row(5, true, "loss", 0.3))).orElseThrow();

        assertThat(svg).doesNotContain("<polyline").contains("<circle").contains("best checkpoint (step 5)");
    }

    @Test
    void longNamesAreShortenedWithAnEllipsis() {
        String name = "x".repeat(100);
        String svg = TrainingChart.svg(List.of(row(1, false, name, 1.0))).orElseThrow();

        assertThat(svg).contains(">" + "x".repeat(39) + "\u2026</text>");
    }

    @Test
    void valuesReadWithFourSignificantDigits() {
        assertThat(List.of(TrainingChart.value(0.892449), TrainingChart.value(1234567.0), TrainingChart.value(-0.0),
                TrainingChart.value(1.15384e-5), TrainingChart.value(2.0e-5)))
                .containsExactly("0.8924", "1235000", "0", "1.154e-5", "2e-5");
    }
}
