package io.modelcards.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.render.chart.DatasetChart;
import io.modelcards.render.chart.TrainingChart;
import io.modelcards.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG cleaner keeps drawings whole and takes out what could run or fetch. */
class SvgSanitizerTest {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z]+)");

    private static long tags(String svg) {
        Matcher m = TAG.matcher(svg);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String clean(String svg) {
        return SvgSanitizer.clean(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void ourTrainingCurveKeepsEveryElementThroughTheCleaner() {
        String svg = TrainingChart.svg(Fixtures.card("classifier-training-curve").training().log()).orElseThrow();

        assertThat(tags(clean(svg))).isEqualTo(tags(svg));
    }

    @Test
    void ourDataChartKeepsEveryElementThroughTheCleaner() {
        String svg = DatasetChart.svg(Fixtures.card("profiled-datasets").datasets().get(0)).orElseThrow();

        assertThat(tags(clean(svg))).isEqualTo(tags(svg));
    }

    @Test
    void aReferenceToAnotherElementOfTheSameFileIsKept() {
        String svg = clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><circle id=\"c\" r=\"1\"/></defs><use href=\"#c\"/></svg>");

        assertThat(svg).contains("<use href=\"#c\"/>");
    }

    @Test
    void aRootThatIsNotSvgIsRefused() {
        assertThat(SvgSanitizer.clean("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SvgSanitizer.clean("<svg>no namespace</svg>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void styleElementsAndCommentsAreRemoved() {
        String svg = clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- c --><style>@import url(https://e.example/x.css);</style>"
                + "<?xml-stylesheet href=\"https://e.example/y.css\"?><rect width=\"1\" height=\"1\"/></svg>");

        assertThat(svg).doesNotContain("style").doesNotContain("e.example").doesNotContain("<!--").contains("<rect");
    }
}
