package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CanonicalJson;
import io.modelcards.codec.CardCodec;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmeParse;
import io.modelcards.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool reads back what it writes: for every fixture card (the render fixtures and the schema fixtures of every
 * released version) × every built-in template × the format the card came from, importing the rendered README gives
 * the same card, provenance included, and rendering that card again, or writing it back with the lossless README
 * writer, gives the same bytes.
 */
class ReadbackPropertyTest {
    private static final CardRenderer RENDERER = CardRenderer.create();

    /** How the card reached the renderer. */
    enum Input { JSON, YAML, README }

    /** Every fixture card, by name, read from its file (schema fixtures migrate to the current version). */
    static List<Arguments> cards() {
        List<Arguments> out = new ArrayList<>();
        for (String name : Fixtures.cardNames()) {
            out.add(Arguments.of("cards/" + name, Fixtures.card(name)));
        }
        for (String version : List.of("1.0", "1.1", "1.2")) {
            for (Path p : Fixtures.list("schema/" + version, ".json")) {
                out.add(Arguments.of("schema/" + version + "/" + p.getFileName(), load(p)));
            }
        }
        return out;
    }

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Arguments c : cards()) {
            for (BuiltinTemplate t : BuiltinTemplate.values()) {
                for (Input in : Input.values()) {
                    out.add(Arguments.of(c.get()[0], c.get()[1], t, in));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} with {2} from {3}")
    @MethodSource("cases")
    void aRenderedReadmeReadsBackIntoTheSameCardAndRendersTheSameBytes(String name, ModelCard fixture, BuiltinTemplate template,
            Input input) throws Exception {
        ModelCard card = as(fixture, input);
        String readme = render(card, template);

        ReadmeParse back = ReadmeCodec.parse(readme, "README.md", false);

        assertThat(back.problems()).as("problems reading back").isEmpty();
        assertThat(back.card().provenance()).as("provenance").isEqualTo(card.provenance());
        assertThat(canonical(back.card())).as("canonical JSON").isEqualTo(canonical(card));
        assertThat(render(back.card(), template)).as("second render").isEqualTo(readme);
        assertThat(ReadmeCodec.write(back.card())).as("written back by the lossless README writer").isEqualTo(readme);
    }

    /** The card as it is after going through {@code input}. */
    static ModelCard as(ModelCard card, Input input) throws Exception {
        return switch (input) {
            case JSON -> CardCodec.fromJson(CardCodec.toJson(card), "card.json");
            case YAML -> CardCodec.fromYaml(CardCodec.toYaml(card), "card.yaml");
            case README -> ReadmeCodec.parse(ReadmeCodec.write(card), "hub/README.md", true).card();
        };
    }

    static String render(ModelCard card, BuiltinTemplate template) {
        RenderedCard r = RENDERER.render(RenderRequest.of(card, OutputFormat.MD).withTemplate(new TemplateChoice.Builtin(template)));
        assertThat(r.problems()).as("render problems").isEmpty();
        return r.output();
    }

    static String canonical(ModelCard card) {
        return new String(CanonicalJson.of(card), StandardCharsets.UTF_8);
    }

    private static ModelCard load(Path p) {
        try {
            return CardCodec.fromJson(Fixtures.read(p), p.getFileName().toString());
        } catch (Exception e) {
            throw new AssertionError("schema fixture " + p + " does not load: " + e.getMessage(), e);
        }
    }
}
