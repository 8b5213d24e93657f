package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContentHashTest {
    /**
     * READMEs whose card the YAML form does not carry losslessly today: strings such as "0x1F", "1_000_000" and ".inf"
     * are written unquoted, so they read back as numbers or fail. A codec limit, not a hash one; the JSON form holds.
     */
    private static final Set<String> YAML_FORM_LOSSY = Set.of("big-ints.md", "floats.md");

    static Stream<String> readmes() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(Path.of(ContentHashTest.class.getResource("/readme/roundtrip").toURI()))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static String text(String resource) {
        try {
            return Files.readString(Path.of(ContentHashTest.class.getResource(resource).toURI()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelCard readme(String text) throws InvalidInputException {
        return CardReader.read(text, "README.md", CardFormat.README, false).card();
    }

    @Test
    void aHashPrintsAsSha256AndSixtyFourHexDigitsAndParsesBack() throws InvalidInputException {
        ContentHash h = ContentHash.of(ModelCard.empty());
        assertThat(h.toString()).matches("sha256:[0-9a-f]{64}");
        assertThat(ContentHash.parse(h.toString())).isEqualTo(h);
    }

    @Test
    void anythingButSha256AndSixtyFourLowercaseHexDigitsIsNoHash() {
        assertThatThrownBy(() -> ContentHash.parse("md5:" + "0".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentHash.parse("sha256:" + "A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentHash.parse("sha256:" + "0".repeat(63))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readmes")
    void aReadmeAndItsJsonAndYamlFormsHaveTheSameHash(String name) throws InvalidInputException {
        ModelCard fromReadme = readme(text("/readme/roundtrip/" + name));
        ModelCard fromJson = CardReader.read(CardWriter.write(fromReadme, CardFormat.JSON), "c.json", CardFormat.JSON, false).card();
        assertThat(ContentHash.of(fromJson)).isEqualTo(ContentHash.of(fromReadme));
        if (!YAML_FORM_LOSSY.contains(name)) {
            String yaml = CardWriter.write(fromReadme, CardFormat.YAML);
            ModelCard fromYaml = CardReader.read(yaml, "c.yaml", CardFormat.YAML, false).card();
            assertThat(ContentHash.of(fromYaml)).isEqualTo(ContentHash.of(fromReadme));
        }
    }

    @Test
    void aReadmeWithOtherLineEndingsHasTheSameHash() throws InvalidInputException {
        String crlf = text("/readme/roundtrip/hf-template-filled.md").replace("\r\n", "\n").replace("\n", "\r\n");
        ModelCard windows = readme(crlf);
        ModelCard unix = readme(crlf.replace("\r\n", "\n"));
        assertThat(windows.source()).isNotEqualTo(unix.source());
        assertThat(ContentHash.of(windows)).isEqualTo(ContentHash.of(unix));
    }

    @Test
    void aCardWithoutItsReadmeLayoutHasTheSameHash() throws Exception {
        ModelCard withLayout = readme(text("/readme/roundtrip/hf-template-filled.md"));
        ObjectNode json = (ObjectNode) CardMappers.json().readTree(CardWriter.write(withLayout, CardFormat.JSON));
        assertThat(json.remove("source")).isNotNull();
        ModelCard withoutLayout = CardCodec.fromJson(json.toString(), "c.json");
        assertThat(withoutLayout.source()).isNull();
        assertThat(ContentHash.of(withoutLayout)).isEqualTo(ContentHash.of(withLayout));
    }

    @Test
    void changingAnyOneValueOfTheFullCardChangesItsHashUnlessItIsLayout() throws Exception {
        String full = text("/schema/1.2/full.json");
        ModelCard original = CardCodec.fromJson(full, "full.json");
        ContentHash hash = ContentHash.of(original);
        JsonNode tree = CardMappers.json().readTree(full);
        int changed = 0;
        int layout = 0;
        for (Mutation m : mutations(tree, "")) {
            m.change().run();
            ModelCard other;
            try {
                other = CardCodec.fromJson(tree.toString(), "full.json");
            } catch (InvalidInputException e) {
                other = null; // e.g. an enum value the card refuses: not a card, so no hash to compare
            }
            m.restore().run();
            if (other == null || other.equals(original)) {
                continue;
            }
            if (m.pointer().startsWith("/source/")) {
                assertThat(ContentHash.of(other)).as("hash after changing the layout at %s", m.pointer()).isEqualTo(hash);
                layout++;
            } else {
                assertThat(ContentHash.of(other)).as("hash after changing %s", m.pointer()).isNotEqualTo(hash);
                changed++;
            }
        }
        assertThat(changed).as("values changed").isGreaterThan(150);
        assertThat(layout).as("layout values changed").isGreaterThan(5);
        assertThat(CardCodec.fromJson(tree.toString(), "full.json")).isEqualTo(original);
    }

    /** A change of one leaf value, and its undoing. */
    private record Mutation(String pointer, Runnable change, Runnable restore) {}

    private static List<Mutation> mutations(JsonNode node, String at) {
        List<Mutation> out = new ArrayList<>();
        if (node instanceof ObjectNode o) {
            for (String name : List.copyOf(o.properties()).stream().map(Map.Entry::getKey).toList()) {
                JsonNode v = o.get(name);
                if (v.isContainerNode()) {
                    out.addAll(mutations(v, at + "/" + name));
                } else {
                    out.add(new Mutation(at + "/" + name, () -> o.set(name, changed(v)), () -> o.set(name, v)));
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                int index = i;
                if (v.isContainerNode()) {
                    out.addAll(mutations(v, at + "/" + i));
                } else {
                    out.add(new Mutation(at + "/" + i, () -> a.set(index, changed(v)), () -> a.set(index, v)));
                }
            }
        }
        return out;
    }

    private static JsonNode changed(JsonNode v) {
        if (v.isBoolean()) {
            return BooleanNode.valueOf(!v.booleanValue());
        }
        if (v.isIntegralNumber()) {
            return LongNode.valueOf(v.longValue() + 1);
        }
        if (v.isNumber()) {
            return DoubleNode.valueOf(Math.nextUp(v.doubleValue()));
        }
        return TextNode.valueOf(v.asText() + "x");
    }
}
