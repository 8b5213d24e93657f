package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.testing.Fixtures;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A value that capture redacted ({@code <redacted>}) shows as that marker in md and html, in every place a captured
 * value is printed, and the card says which hyperparameters were redacted.
 */
class RedactionMarkerTest {
    private static final String MARKER = "<redacted>";
    private static final String SHOWN = "&lt;redacted&gt;";
    private static final ModelCard CARD = redactedEverywhere();

    /** The every-field card with the marker put in each kind of captured value. */
    private static ModelCard redactedEverywhere() {
        try {
            ObjectNode json = (ObjectNode) CardMappers.json().readTree(Fixtures.text("cards/full-every-field.json"));
            ((ObjectNode) json.get("details")).put("name", "acme " + MARKER);
            ((ObjectNode) json.get("details").get("citations").get(0)).put("apa", "Pocock, A. (2021). Tribuo. " + MARKER);
            ObjectNode hp = (ObjectNode) json.get("training").get("hyperparameters");
            ((ObjectNode) hp.get("all")).put("endpoint", "https://" + MARKER + "@db.example/x");
            ((ArrayNode) hp.get("redacted")).add("endpoint");
            ObjectNode firstLog = (ObjectNode) json.get("training").get("log").get(0).get("metrics");
            firstLog.put("loss " + MARKER, 0.7);
            ((ObjectNode) json.get("training").get("environment")).put("git_commit", MARKER);
            ObjectNode result = (ObjectNode) json.get("evaluation").get("quantitative").get(0);
            result.put("evaluator", "Eval " + MARKER);
            ObjectNode profiled = (ObjectNode) json.get("datasets").get(0);
            ObjectNode top = (ObjectNode) profiled.get("statistics").get("columns").get(1).get("top").get(0);
            top.put("value", MARKER);
            ((ObjectNode) profiled.get("statistics")).putArray("samples").addObject().put("queue", "key " + MARKER);
            ((ObjectNode) json.get("datasets").get(1)).put("source_uri", "s3://" + MARKER + "@eval/x");
            return CardCodec.fromJson(CardMappers.json().writeValueAsString(json), "redacted.json");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String render(OutputFormat format) {
        RenderedCard out = CardRenderer.create().render(RenderRequest.of(CARD, format).withTemplate(
                new TemplateChoice.Builtin(BuiltinTemplate.DEFAULT)));
        assertThat(out.hasErrors()).isFalse();
        return out.output();
    }

    @Test
    void everyRedactedValueInTheHtmlShowsTheMarkerAsText() {
        String html = render(OutputFormat.HTML);

        assertThat(html).contains(">Model Card for acme " + SHOWN + "</h1>")
                .contains("<td><code>api_key</code></td><td>" + SHOWN + "</td>")
                .contains("<td><code>endpoint</code></td><td>https://" + SHOWN + "&#64;db.example/x</td>")
                .contains(">loss " + SHOWN + "</th>")
                .contains("<td>Git commit</td><td>" + SHOWN + "</td>")
                .contains("<td>Eval " + SHOWN + "</td>")
                .contains("<code>" + SHOWN + "</code> (17,210)")
                .contains("<td>key " + SHOWN + "</td>")
                .contains("<td>s3://" + SHOWN + "&#64;eval/x</td>")
                .contains("Tribuo. " + SHOWN);
    }

    @Test
    void noRedactedValueLeavesAnEmptyCellOrAnUnescapedTagInTheHtml() {
        String html = render(OutputFormat.HTML);

        assertThat(html).doesNotContain(MARKER).doesNotContain("<td><code>api_key</code></td><td></td>");
    }

    @Test
    void theMarkdownEscapesTheMarkerOutsideCodeSoViewersShowIt() {
        String md = render(OutputFormat.MD);
        String body = md.substring(md.indexOf("\n---\n") + 5);
        String outsideCode = body.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "");
        Matcher bare = Pattern.compile("(?<!\\\\)<redacted>").matcher(outsideCode);

        assertThat(bare.find()).as("an unescaped marker outside code: %s", bare.find(0) ? bare.group() : "").isFalse();
        assertThat(outsideCode).contains("| \\<redacted> |").contains("# Model Card for acme \\<redacted>");
    }

    @Test
    void theCardNamesTheRedactedHyperparametersUnderTheirTable() {
        String md = render(OutputFormat.MD);

        assertThat(md).contains("| `nothing` |  |  |\n| `endpoint` | https://\\<redacted>@db.example/x |  |\n\n"
                + "2 values were redacted because they looked like secrets: `api_key`, `endpoint`.\n");
    }

    @Test
    void oneRedactedValueIsNamedInTheSingular() {
        assertThat(TrainingView.redactedNote(List.of("token")))
                .isEqualTo("1 value was redacted because it looked like a secret: `token`.");
    }

    @Test
    void noNoteIsWrittenWhenNothingWasRedacted() {
        assertThat(TrainingView.redactedNote(List.of())).isEmpty();
    }
}
