package io.modelcards.render.card;

import static io.modelcards.render.card.ReadbackPropertyTest.canonical;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.edit.CardEdit;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmeParse;
import io.modelcards.hf.HumanFields;
import io.modelcards.merge.CardMerge;
import io.modelcards.merge.MergeOptions;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README a merge writes over a rendered README: a person's edit and every part outside the generated regions stay
 * byte for byte (bar the fields the capture changed), each generated region is the fresh rendering's, and the README
 * reads back into the merged card.
 */
class MergedReadmeTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final Origin CAPTURE = new Origin.Auto("capture:test");
    private static final Pattern REGION = Pattern.compile("(?s)<!-- modelcards:generated .*?<!-- /modelcards:generated -->\n");
    private static final Pattern COMMENT = Pattern.compile("(?m)^<!-- modelcards:card .*\n");
    private static final Pattern ENVIRONMENT_BULLET =
            Pattern.compile("- \\*\\*(Hardware Type|Hours used|Cloud Provider|Compute Region|Carbon Emitted):\\*\\* ");
    private static final String PERSON_TEXT = "Only for the support team's review queue (a person's words).";

    static List<String> cards() {
        return Fixtures.cardNames();
    }

    /** A new capture of {@code card}: a new version and an epoch count, and no training log. */
    static ModelCard recapture(ModelCard card) throws Exception {
        ModelCard c = CardEdit.set(card, "/details/version", "9.9.9", CAPTURE);
        c = CardEdit.set(c, "/training/hyperparameters/all/epochs", 99, CAPTURE);
        return c.training().log().isEmpty() ? c : CardEdit.remove(c, "/training/log", CAPTURE);
    }

    @ParameterizedTest
    @MethodSource("cards")
    void aMergedReadmeKeepsThePersonsEditAndTheLayoutAndShowsTheNewCapture(String name) throws Exception {
        ModelCard card = Fixtures.card(name);
        String rendered = RENDERER.render(RenderRequest.of(card, OutputFormat.MD)).output();
        String edited = rendered.replaceFirst("(### Direct Use\n\n)[^\n]*\n", "$1" + PERSON_TEXT + "\n");
        assertThat(edited).as("the person's edit").contains(PERSON_TEXT);
        ModelCard previous = ReadmeCodec.parse(edited, "README.md", false).card();

        ModelCard merged = CardMerge.merge(recapture(card), previous, MergeOptions.DEFAULT.withDropMissing(true)).card();
        String readme = RENDERER.renderKeepingLayout(merged, RenderOptions.DEFAULT).output();

        assertThat(merged.uses().directUse()).isEqualTo(PERSON_TEXT);
        assertThat(readme).contains("\n" + PERSON_TEXT + "\n");
        assertThat(outside(readme)).as("the layout outside the generated regions, bar the version the capture changed")
                .isEqualTo(outside(edited).replaceAll("\\*\\*Version:\\*\\* [^\n]*", "**Version:** " + merged.details().version()));
        String fresh = RENDERER.render(RenderRequest.of(merged, OutputFormat.MD)).output();
        assertThat(regions(readme)).as("the generated regions").isEqualTo(regions(fresh));
        ReadmeParse back = ReadmeCodec.parse(readme, "README.md", false);
        assertThat(back.problems()).isEmpty();
        assertThat(canonical(back.card())).isEqualTo(canonical(merged));
    }

    static List<Path> hubReadmes() {
        return Fixtures.readmes("layouts", ".md");
    }

    @ParameterizedTest
    @MethodSource("hubReadmes")
    void aMergeIntoAHubReadmeKeepsItsLinesInOrderAndAddsTheCapturedParts(Path path) throws Exception {
        String hub = Fixtures.read(path);
        ModelCard previous = ReadmeCodec.parse(hub, "README.md", false).card();
        ModelCard captured = capturedOnly(Fixtures.card("classifier-sentiment"));
        String model = previous.details().name() != null ? previous.details().name() : previous.metadata().modelName();
        captured = CardEdit.set(captured, "/details/name", model == null ? "acme/sentiment-sgd" : model, CAPTURE);

        ModelCard merged = CardMerge.merge(captured, previous, MergeOptions.DEFAULT).card();
        String readme = RENDERER.renderKeepingLayout(merged, RenderOptions.DEFAULT).output();

        String body = hub.substring(hub.indexOf("\n---", 3) + 4).replaceFirst("^\r?\n", "");
        // An environment bullet of the layout's own whose text the card could not hold (- **Hours used:** about a day, or a
        // placeholder) shows the captured value now.
        List<String> kept = lines(body).stream().filter(l -> !ENVIRONMENT_BULLET.matcher(l).lookingAt()).toList();
        assertThat(subsequence(kept, lines(readme))).as("every other line of the Hub README's body, in order").isTrue();
        // In the Hub README's own order of sections, so in another order than the template's.
        assertThat(regions(readme)).as("the generated regions")
                .containsExactlyInAnyOrderElementsOf(regions(RENDERER.render(RenderRequest.of(merged, OutputFormat.MD)).output()));
        ReadmeParse back = ReadmeCodec.parse(readme, "README.md", false);
        assertThat(canonical(back.card().withSource(null))).isEqualTo(canonical(merged.withSource(null)));
    }

    /** {@code card} without the fields a person writes in a README's sections: what a training run captures. */
    private static ModelCard capturedOnly(ModelCard card) throws Exception {
        ModelCard c = card.withSections(List.of());
        for (String pointer : HumanFields.pointers()) {
            if (!pointer.equals("/sections")) {
                c = CardEdit.remove(c, pointer, CAPTURE);
            }
        }
        return c;
    }

    /** The text outside the generated regions and the card comment; a removed region leaves one blank line. */
    private static String outside(String readme) {
        return COMMENT.matcher(REGION.matcher(readme).replaceAll("")).replaceAll("").replaceAll("\n{3,}", "\n\n");
    }

    /** Each generated region's text, by name. */
    private static List<Map.Entry<String, String>> regions(String readme) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        Matcher m = REGION.matcher(readme.replace("\r\n", "\n"));
        while (m.find()) {
            out.add(Map.entry(m.group().substring(0, m.group().indexOf('\n')), m.group()));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    private static boolean subsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String line : whole) {
            if (i < part.size() && part.get(i).equals(line)) {
                i++;
            }
        }
        return i == part.size();
    }
}
