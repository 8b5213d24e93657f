package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Emissions;
import io.modelcards.card.Energy;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.hf.ReadmeCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers of a captured classifier card as people read them, exactly: epochs with one precision, counts as
 * integers, emissions in one notation in Markdown and HTML, each result in one table, and no placeholder under the title.
 */
class NumbersForPeopleTest {
    private static final CardRenderer RENDERER = CardRenderer.create();

    private static QuantitativeResult result(String metric, double value, String label) {
        return QuantitativeResultBuilder.builder().metric(metric).value(value).evaluator("LabelEvaluator").dataset("crescents")
                .split("test").slice(label == null ? Map.of() : Map.of("label", label)).primary(false).build();
    }

    /** A card like the demo's: 30 logged steps per epoch, per-label results with their support, a tiny footprint. */
    private static ModelCard card(String summary) {
        List<LogEntry> log = new ArrayList<>();
        for (int step = 1; step <= 3; step++) {
            log.add(new LogEntry(step, step / 30.0, Map.of("objective", -30.0 + step / 3.0), false));
        }
        List<QuantitativeResult> results = List.of(
                result("accuracy", 0.867, null).withPrimary(true).withCiLow(0.845).withCiHigh(0.885).withCiLevel(0.95),
                result("balanced_error_rate", 0.133, null),
                result("precision", 0.8634, "O"), result("support", 500.0, "O"),
                result("precision", 0.8707, "X"), result("support", 500.0, "X"));
        ModelCard c = ModelCard.empty();
        return c.withDetails(c.details().with().name("crescents-logreg").summary(summary).modelType("classifier").build())
                .withTraining(c.training().with().log(log)
                        .energy(new Energy("estimate", 1.042e-06, 5.062e-4, "AMD EPYC", 1.024e-4, Map.of(), 0.5)).build())
                .withEvaluation(c.evaluation().with().quantitative(results).build())
                .withMetadata(c.metadata().with().modelName("crescents-logreg")
                        .co2EqEmissions(new Emissions(5.062e-4, "modelcards estimate", null, null, null)).build());
    }

    private static String render(ModelCard card, OutputFormat format) {
        RenderedCard r = RENDERER.render(RenderRequest.of(card, format));
        assertThat(r.problems()).as("render problems").isEmpty();
        return r.output();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }

    @Test
    void theTrainingLogWritesEpochsWithOnePrecision() {
        assertThat(between(render(card(null), OutputFormat.MD), "| Step |", "\n\n</details>")).isEqualTo("""
                | Step | Epoch | objective |
                |---:|---:|---:|
                | 1 | 0.03 | -29.6667 |
                | 2 | 0.07 | -29.3333 |
                | 3 | 0.10 | -29.0000 |""");
    }

    @Test
    void eachResultIsShownOnceAndCountsAreIntegers() {
        String results = between(render(card(null), OutputFormat.MD), "### Results", "#### Summary")
                .replaceAll("<!-- modelcards:generated results [0-9a-f]{12} -->", "<!-- modelcards:generated results HASH -->");
        assertThat(results).isEqualTo("""
                ### Results

                <!-- modelcards:generated results HASH -->

                | Metric | Value | Confidence interval | Task | Dataset | Split | Slice | Source |
                |--------|------:|---------------------|------|---------|-------|-------|--------|
                | **accuracy** ↑ | 0.8670 | [0.8450, 0.8850] (95%) |  | crescents | test | all | LabelEvaluator |
                | balanced_error_rate ↓ | 0.1330 |  |  | crescents | test | all | LabelEvaluator |

                Per label, on crescents (test):

                | Label | precision | support |
                |-------|------:|------:|
                | O | 0.8634 | 500 |
                | X | 0.8707 | 500 |

                ↑ higher is better, ↓ lower is better; the primary metric is in bold.

                <!-- /modelcards:generated -->

                """);
    }

    @Test
    void everyBuiltinTemplateShowsEachResultOnce() {
        for (BuiltinTemplate t : BuiltinTemplate.values()) {
            RenderedCard r = RENDERER.render(RenderRequest.of(card(null), OutputFormat.MD).withTemplate(new TemplateChoice.Builtin(t)));
            assertThat(r.problems()).as(t.id()).isEmpty();
            // accuracy, the balanced error rate and label O's precision once each; the support once per label
            assertThat(occurrences(r.output(), "| 0.8670 |")).as(t.id()).isEqualTo(1);
            assertThat(occurrences(r.output(), "| 0.1330 |")).as(t.id()).isEqualTo(1);
            assertThat(occurrences(r.output(), "| 0.8634 |")).as(t.id()).isEqualTo(1);
            assertThat(occurrences(r.output(), "| 500 |")).as(t.id()).isEqualTo(2);
        }
    }

    @Test
    void emissionsAreWrittenInOneNotationInMarkdown() {
        String md = render(card(null), OutputFormat.MD);
        assertThat(md).contains("- **Hours used:** 0.0001024\n", "- **Carbon Emitted:** 0.0005062 g CO₂eq\n",
                "| Energy | 0.000001042 kWh |\n", "| Emissions | 0.0005062 g CO₂eq |\n");
        assertThat(md.substring(md.indexOf("\n# Model Card"))).doesNotContain("e-0", "CO2eq");
    }

    @Test
    void emissionsAreWrittenInTheSameNotationInHtml() {
        String html = render(card(null), OutputFormat.HTML);
        assertThat(html).contains("<strong>Carbon Emitted:</strong> 0.0005062 g CO₂eq", "<td>0.0005062 g CO₂eq</td>",
                "emissions: 0.0005062");
        assertThat(html).doesNotContain("5.062e-4", "5.062E-4", "CO2eq");
    }

    @Test
    void thePageOpensWithTheSummaryUnderTheTitle() {
        String md = render(card("Tells the two crescents apart."), OutputFormat.MD);
        assertThat(md).contains("# Model Card for crescents-logreg\n\nTells the two crescents apart.\n\n## Model Details\n");
    }

    @Test
    void withoutASummaryTheTitleIsFollowedByTheHubsHintAndReadsBackEmpty() throws Exception {
        String md = render(card(null), OutputFormat.MD);
        assertThat(md).contains("# Model Card for crescents-logreg\n\n<!-- Provide a quick summary of what the model is/does. -->\n\n"
                + "## Model Details\n").doesNotContain("# Model Card for "
                + "crescents-logreg\n\n[More Information Needed]");
        assertThat(ReadmeCodec.parse(md, "README.md", false).card().details().summary()).isNull();
    }
}
