package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Training;
import io.modelcards.card.TrainingBuilder;
import io.modelcards.render.chart.TrainingChart;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The training chart in the outputs: a file beside README.md, inline SVG in HTML, and one log table. */
class ChartOutputTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final String CURVE = "classifier-training-curve";
    private static final String SCRIPT = "<script>alert(1)</script>";

    private static RenderedCard render(ModelCard card, OutputFormat format) {
        RenderedCard r = RENDERER.render(RenderRequest.of(card, format));
        assertThat(r.problems()).as("render problems").isEmpty();
        return r;
    }

    /** {@code card} rendered with a user's template of {@code source}, with no variables of its own. */
    private static RenderedCard renderUser(ModelCard card, OutputFormat format, String source) {
        return RENDERER.render(RenderRequest.of(card, format).withTemplate(new TemplateChoice.User("t.j2", source, Map.of())));
    }

    private static String svgOf(RenderedCard md) {
        return new String(md.attachments().get(TrainingChart.FILE_NAME), StandardCharsets.UTF_8);
    }

    /** A card whose log has one metric named like a script, in a row marked best. */
    private static ModelCard hostileCard() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(SCRIPT, 0.5);
        Training t = TrainingBuilder.builder()
                .log(List.of(new LogEntry(1, null, Map.of(SCRIPT, 0.9), false), new LogEntry(2, null, m, true))).build();
        return Fixtures.card("minimal-empty").withTraining(t);
    }

    @Test
    void theFixtureCurveMatchesItsGoldenSvg() {
        Golden.assertMatches("golden/" + CURVE + ".training_curve.svg", svgOf(render(Fixtures.card(CURVE), OutputFormat.MD)));
    }

    @Test
    void theReadmeRefersToTheChartFileInTheTrainingSection() {
        String md = render(Fixtures.card(CURVE), OutputFormat.MD).output();

        assertThat(md).contains("#### Training Logs\n\n![Training curve](training_curve.svg)\n\n<details>");
    }

    @Test
    void theMarkdownAttachmentIsTheChartTheHtmlShowsInline() {
        String svg = svgOf(render(Fixtures.card(CURVE), OutputFormat.MD));
        String html = render(Fixtures.card(CURVE), OutputFormat.HTML).output();

        assertThat(html).contains("<span class=\"chart\">" + svg.stripTrailing() + "</span>");
    }

    @Test
    void theHtmlHasNoImageReferenceToTheChartFile() {
        RenderedCard html = render(Fixtures.card(CURVE), OutputFormat.HTML);

        assertThat(html.output()).doesNotContain("training_curve.svg").doesNotContain("<img");
        assertThat(html.attachments()).isEmpty();
    }

    @Test
    void aCardWithoutALogHasNoChartAndNoImageReference() {
        RenderedCard md = render(Fixtures.card("minimal-empty"), OutputFormat.MD);
        RenderedCard html = render(Fixtures.card("minimal-empty"), OutputFormat.HTML);

        assertThat(md.attachments()).isEmpty();
        assertThat(md.output()).doesNotContain("training_curve");
        assertThat(html.output()).doesNotContain("<svg").doesNotContain("training_curve");
    }

    @Test
    void theLogTableIsPrintedOnceWithTheBestRowMarked() {
        String md = render(Fixtures.card(CURVE), OutputFormat.MD).output();

        assertThat(md.split("<details><summary>Training log", -1)).hasSize(2);
        assertThat(md).contains("best checkpoint at step 800 (bold)").contains("| **800** | **3.2** | **0.2567** | **0.8924** |");
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        RenderedCard a = render(Fixtures.card(CURVE), OutputFormat.MD);
        RenderedCard b = render(Fixtures.card(CURVE), OutputFormat.MD);

        assertThat(a.output()).isEqualTo(b.output());
        assertThat(a.attachments().get(TrainingChart.FILE_NAME)).isEqualTo(b.attachments().get(TrainingChart.FILE_NAME));
        assertThat(render(Fixtures.card(CURVE), OutputFormat.HTML).output())
                .isEqualTo(render(Fixtures.card(CURVE), OutputFormat.HTML).output());
    }

    @Test
    void aMetricNamedLikeAScriptIsEscapedInTheChartAndThePage() {
        String html = render(hostileCard(), OutputFormat.HTML).output();
        String svg = svgOf(render(hostileCard(), OutputFormat.MD));

        assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("alert(1)</");
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aForgedSlotInCardTextGetsOnlyOurOwnChart() {
        String md = "![c](training_curve.svg)\n\n<span class=\"modelcards-figure-0\"></span>" + SCRIPT;
        String html = renderUser(hostileCard(), OutputFormat.HTML, md).output();

        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</");
        assertThat(html.split("<svg", -1)).hasSize(3);
    }

    @Test
    void aUserTemplateThatShowsTheChartGetsTheFile() {
        RenderedCard md = renderUser(Fixtures.card(CURVE), OutputFormat.MD, "# Card\n\n![curve](training_curve.svg)\n");

        assertThat(md.attachments()).containsOnlyKeys(TrainingChart.FILE_NAME);
    }

    @Test
    void aUserTemplateThatDoesNotShowTheChartGetsNoFile() {
        RenderedCard md = renderUser(Fixtures.card(CURVE), OutputFormat.MD, "# Card\n");

        assertThat(md.attachments()).isEmpty();
    }

    @Test
    void thePageWithItsChartLoadsNothingFromOutside() {
        String html = render(Fixtures.card(CURVE), OutputFormat.HTML).output();

        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));

        assertThat(html).doesNotContain("src=").doesNotContain("url(").doesNotContain("@import")
                .doesNotContain("<script").doesNotContain("<link");
        assertThat(svg).doesNotContain("href");
    }

    @Test
    void jsonHasNoAttachments() {
        assertThat(render(Fixtures.card(CURVE), OutputFormat.JSON).attachments()).isEmpty();
    }
}
