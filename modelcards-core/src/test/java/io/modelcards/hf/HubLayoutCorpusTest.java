package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Section;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import corpus of Hub layouts ({@code readme/layouts}): READMEs written for these tests in the shapes that the
 * transformers Trainer, sentence-transformers, huggingface_hub's default template and this project produce. Each has
 * a {@code NAME.expected.json} of JSON Pointer → value (null: the field stays empty) that its card must hold, and
 * {@code "#sections"}, the headings of the unknown sections in order (null for text before the first heading).
 */
class HubLayoutCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> corpus() {
        return Fixtures.readmes("layouts", ".md");
    }

    private static ModelCard card(Path file) throws InvalidInputException {
        return ReadmeCodec.parse(Fixtures.read(file), file.getFileName().toString(), false).card();
    }

    @Test
    void theCorpusHoldsAtLeastFortyReadmes() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyReadmeReadsIntoItsExpectedTypedFields(Path file) throws InvalidInputException, IOException {
        ModelCard card = card(file);
        JsonNode actual = JSON.readTree(CardCodec.toJson(card));
        String name = file.getFileName().toString();
        JsonNode expected = JSON.readTree(Fixtures.read(file.resolveSibling(name.replace(".md", ".expected.json"))));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("#sections")) {
                List<String> headings = new ArrayList<>();
                e.getValue().forEach(h -> headings.add(h.isNull() ? null : h.asText()));
                assertThat(card.sections()).as("unknown sections").extracting(Section::heading).containsExactlyElementsOf(headings);
            } else if (e.getValue().isNull()) {
                JsonNode at = actual.at(e.getKey());
                assertThat(at.isMissingNode() || at.isNull()).as(e.getKey() + " is empty, but holds " + at).isTrue();
            } else {
                assertThat(actual.at(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyReadmeWritesBackByteForByte(Path file) throws InvalidInputException {
        assertThat(ReadmeCodec.write(card(file))).isEqualTo(Fixtures.read(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyReadmeWritesBackByteForByteFromItsJsonForm(Path file) throws InvalidInputException {
        ModelCard back = CardCodec.fromJson(CardCodec.toJson(card(file)), "card.json");
        assertThat(back).isEqualTo(card(file));
        assertThat(ReadmeCodec.write(back)).isEqualTo(Fixtures.read(file));
    }
}
