package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.DatasetStatisticsColumnBuilder;
import io.modelcards.card.Histogram;
import io.modelcards.card.ModelCard;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dataset profile charts in the outputs: files beside README.md, inline SVG in HTML, escaped card text. */
class DatasetChartOutputTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final String PROFILED = "profiled-datasets";
    private static final String TRAIN_SVG = "data_acme-product-reviews-train.svg";
    private static final String TEST_SVG = "data_acme-product-reviews-test.svg";
    private static final String SCRIPT = "<script>alert(1)</script>";

    private static RenderedCard render(ModelCard card, OutputFormat format) {
        RenderedCard r = RENDERER.render(RenderRequest.of(card, format));
        assertThat(r.problems()).as("render problems").isEmpty();
        return r;
    }

    private static String file(RenderedCard md, String name) {
        return new String(md.attachments().get(name), StandardCharsets.UTF_8);
    }

    /** A card with one profiled dataset whose name, column and histogram come from hostile input. */
    private static ModelCard hostileCard() {
        var column = DatasetStatisticsColumnBuilder.builder().name(SCRIPT).type("float").count(3).nulls(0).distinct(3L).min(0.0).max(2.0)
                .mean(1.0).quantiles(Map.of()).top(List.of()).distinctExact(true)
                .histogram(new Histogram(List.of(0.0, 1.0, 2.0), List.of(1L, 2L), true)).build();
        var stats = DatasetStatisticsBuilder.builder().method("exact").rows(3).columns(List.of(column)).build();
        return Fixtures.card("minimal-empty").withDatasets(List.of(
                DatasetInfoBuilder.builder().name(SCRIPT + "*x*").role("training").split("train").rows(3L).statistics(stats).build()));
    }

    @Test
    void eachProfiledDatasetGetsItsChartFileBesideTheReadme() {
        RenderedCard md = render(Fixtures.card(PROFILED), OutputFormat.MD);

        assertThat(md.attachments().keySet().stream().filter(k -> k.startsWith("data_"))).containsExactly(TRAIN_SVG, TEST_SVG);
        assertThat(md.output()).contains("![Data profile](" + TRAIN_SVG + ")").contains("![Data profile](" + TEST_SVG + ")");
    }

    @Test
    void theTrainingDatasetChartMatchesItsGoldenSvg() {
        Golden.assertMatches("golden/" + PROFILED + "." + TRAIN_SVG, file(render(Fixtures.card(PROFILED), OutputFormat.MD), TRAIN_SVG));
    }

    @Test
    void theHtmlShowsTheSameChartsInlineAndRefersToNoFile() {
        RenderedCard md = render(Fixtures.card(PROFILED), OutputFormat.MD);
        RenderedCard html = render(Fixtures.card(PROFILED), OutputFormat.HTML);

        assertThat(html.output()).contains("<span class=\"chart\">" + file(md, TRAIN_SVG).stripTrailing() + "</span>")
                .contains("<span class=\"chart\">" + file(md, TEST_SVG).stripTrailing() + "</span>")
                .doesNotContain(".svg").doesNotContain("<img");
        assertThat(html.attachments()).isEmpty();
    }

    @Test
    void theTrainingDatasetIsUnderTrainingDataAndTheTestSplitUnderEvaluationData() {
        String md = render(Fixtures.card(PROFILED), OutputFormat.MD).output();

        int training = md.indexOf("### Training Data");
        int procedure = md.indexOf("### Training Procedure");
        int evaluation = md.indexOf("### Evaluation Data");
        assertThat(md.indexOf("Exact statistics over all 1,000,000 rows.")).isBetween(training, procedure);
        assertThat(md.indexOf("Sampled 20,000 of 50,000 rows with seed 42.")).isGreaterThan(evaluation);
        assertThat(evaluation).isGreaterThan(procedure);
    }

    @Test
    void anApproximateDistinctCountIsMarkedAndTheErrorStated() {
        String md = render(Fixtures.card(PROFILED), OutputFormat.MD).output();

        assertThat(md).contains("| `helpfulness` | float | 951,789 | 4.8% | ≈731,220 | 0 | 1 | 0.4127 | 0.3982 |")
                .contains("distinct counts marked ≈ are estimates with a relative standard error of 1.63%");
    }

    @Test
    void sampleValuesCannotBecomeMarkupInTheReadme() {
        String md = render(Fixtures.card(PROFILED), OutputFormat.MD).output();

        assertThat(md).contains("Contacted \\<REDACTED:email\\> and got a refund in \\*\\*two\\*\\* days \\| would buy again");
    }

    @Test
    void aDatasetNamedLikeAScriptIsEscapedInTheChartAndThePage() {
        RenderedCard md = render(hostileCard(), OutputFormat.MD);
        String html = render(hostileCard(), OutputFormat.HTML).output();

        String svg = file(md, "data_script-alert-1-script-x-train.svg");
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("alert(1)</");
    }

    @Test
    void aCardWithoutProfilesHasNoDatasetChart() {
        RenderedCard md = render(Fixtures.card("embedding-minilm"), OutputFormat.MD);

        assertThat(md.attachments().keySet()).noneMatch(k -> k.startsWith("data_"));
        assertThat(md.output()).doesNotContain("### Evaluation Data").doesNotContain("data_");
    }

    @Test
    void renderingTwiceGivesTheSameChartBytes() {
        RenderedCard a = render(Fixtures.card(PROFILED), OutputFormat.MD);
        RenderedCard b = render(Fixtures.card(PROFILED), OutputFormat.MD);

        assertThat(a.attachments().get(TEST_SVG)).isEqualTo(b.attachments().get(TEST_SVG));
    }
}
