package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Python;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card's YAML form is plain YAML: PyYAML's safe_load and yq read and write it, and the card loads again. */
class StandardYamlTest {
    /** Strings a YAML 1.1 or 1.2 reader would take for another type if they were written plain. */
    static final List<String> LOOKALIKES = List.of("0x1F", "1_000_000", ".inf", "-.Inf", ".nan", "no", "No", "on", "OFF", "y",
            "012", "0b101", "null", "~", "", "1:30", "2023-01-01", "2001-12-14 21:59:43.10 -5", "<<", "=", "+1",
            "3.", ".5", "true", "False", "123");

    private static final String SAFE_ROUND_TRIP = "import yaml,sys\n"
            + "for f in sys.argv[1:]:\n"
            + "    d=yaml.safe_load(open(f,encoding='utf-8'))\n"
            + "    open(f,'w',encoding='utf-8').write(yaml.safe_dump(d,sort_keys=False,allow_unicode=True))\n";

    @Test
    void noFixtureCardIsWrittenWithACustomTag() {
        for (String name : Fixtures.cardNames()) {
            ModelCard card = Fixtures.card(name);
            String yaml = CardCodec.toYaml(card);
            assertThat(yaml).as(name).doesNotContain("!<").doesNotContain("!!");
            if (!card.provenance().origins().isEmpty()) {
                assertThat(yaml).as(name).contains("kind: ");
            }
        }
    }

    @Test
    void everyFixtureCardSurvivesPyYamlSafeLoadAndSafeDump(@TempDir Path tmp) throws IOException, InvalidInputException {
        List<String> names = new ArrayList<>(Fixtures.cardNames());
        List<String> files = new ArrayList<>();
        for (String name : names) {
            Path f = tmp.resolve(name + ".yaml");
            Files.writeString(f, CardCodec.toYaml(Fixtures.card(name)), StandardCharsets.UTF_8);
            files.add(f.toString());
        }
        Python.run(SAFE_ROUND_TRIP, files.toArray(String[]::new));
        for (String name : names) {
            String dumped = Files.readString(tmp.resolve(name + ".yaml"), StandardCharsets.UTF_8);
            assertThat(CardCodec.fromYaml(dumped, name + ".yaml")).as(name).isEqualTo(written(Fixtures.card(name)));
        }
    }

    @Test
    void stringsThatLookLikeOtherTypesReadBackAsStringsInPyYaml(@TempDir Path tmp) throws IOException, InvalidInputException {
        ModelCard card = withLookalikes();
        Path f = tmp.resolve("c.yaml");
        Files.writeString(f, CardCodec.toYaml(card), StandardCharsets.UTF_8);
        String types = Python.run("import yaml,sys\nd=yaml.safe_load(open(sys.argv[1]))\n"
                + "e=d['metadata']['extra']\nprint(sorted({type(v).__name__ for v in e['values']} | {type(k).__name__ for k in e['keys']}"
                + " | {type(v).__name__ for v in d['metadata']['tags']}))", f.toString());
        assertThat(types.strip()).isEqualTo("['str']");
        Python.run(SAFE_ROUND_TRIP, f.toString());
        assertThat(CardCodec.fromYaml(Files.readString(f, StandardCharsets.UTF_8), "c.yaml")).isEqualTo(card);
    }

    @Test
    void aYaml12FloatIsQuotedThoughPyYamlWouldReadItAsText() {
        // PyYAML (YAML 1.1) reads 1e3 and 0o17 as text and dumps it plain again; a YAML 1.2 reader, Jackson included, reads a number.
        // Writing it quoted is what keeps it text for both.
        String yaml = CardCodec.toYaml(ModelCard.empty().withMetadata(MetadataBuilder.builder()
                .tags(List.of("1e3", "2E-5", "0o17", "1.0E10")).build()));
        assertThat(yaml).contains("- \"1e3\"\n", "- \"2E-5\"\n", "- \"0o17\"\n", "- \"1.0E10\"\n");
    }

    @Test
    void doublesAreWrittenSoThatYaml11ReadersReadNumbers(@TempDir Path tmp) throws IOException, InvalidInputException {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("numbers", List.of(1e10, 2e-5, 0.5, 1.0e300, -3.0e21));
        ModelCard card = ModelCard.empty().withMetadata(MetadataBuilder.builder().extra(extra).build());
        Path f = tmp.resolve("c.yaml");
        Files.writeString(f, CardCodec.toYaml(card), StandardCharsets.UTF_8);
        String types = Python.run("import yaml,sys\nd=yaml.safe_load(open(sys.argv[1]))\n"
                + "print([type(v).__name__ for v in d['metadata']['extra']['numbers']])", f.toString());
        assertThat(types.strip()).isEqualTo("['float', 'float', 'float', 'float', 'float']");
        Python.run(SAFE_ROUND_TRIP, f.toString());
        assertThat(CardCodec.fromYaml(Files.readString(f, StandardCharsets.UTF_8), "c.yaml")).isEqualTo(card);
    }

    @Test
    void onlyStringsThatResolveToAnotherTypeAreQuoted() {
        String yaml = CardCodec.toYaml(ModelCard.empty().withMetadata(MetadataBuilder.builder()
                .tags(List.of("apache-2.0", "no", "1e3", "text-classification", "v1.2", "yes please")).build()));
        assertThat(yaml).contains("- apache-2.0\n", "- \"no\"\n", "- \"1e3\"\n", "- text-classification\n", "- v1.2\n",
                "- yes please\n");
    }

    @Test
    void aCardEditedWithYqLoadsAgainWithTheEdit(@TempDir Path tmp) throws IOException, InvalidInputException {
        Assumptions.assumeTrue(Python.present("yq"), "yq is not installed");
        ModelCard card = Fixtures.card("full-every-field");
        Path f = tmp.resolve("card.yaml");
        Files.writeString(f, CardCodec.toYaml(card), StandardCharsets.UTF_8);
        String edited = Python.exec(List.of("yq", "-y", ".details.version = \"2.0\"", f.toString()));
        ModelCard back = CardCodec.fromYaml(edited, "card.yaml");
        assertThat(back.details().version()).isEqualTo("2.0");
        assertThat(back.withDetails(card.details())).isEqualTo(card);
    }

    @Test
    void aWrongTypeNamesTheFieldInPlainWords() {
        String yaml = "schema_version: \"1.2\"\nmetadata:\n  tags: 3\n";
        assertThatThrownBy(() -> CardCodec.fromYaml(yaml, "c.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("c.yaml:3:").hasMessageContaining("tags").hasMessageContaining("expected a list")
                .satisfies(e -> assertNoJavaNames(e.getMessage()));
    }

    @Test
    void anUnknownKeyNamesTheKeyAndWhereItIs() {
        String yaml = "schema_version: \"1.2\"\ndetails:\n  versoin: \"2\"\n";
        assertThatThrownBy(() -> CardCodec.fromYaml(yaml, "c.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("c.yaml:3:").hasMessageContaining("unknown field \"versoin\"")
                .satisfies(e -> assertNoJavaNames(e.getMessage()));
    }

    @Test
    void aBadProvenanceKindSaysWhichKindsThereAre() {
        String yaml = "schema_version: \"1.2\"\nprovenance:\n  origins:\n    /uses:\n      kind: person\n      author: ana\n";
        assertThatThrownBy(() -> CardCodec.fromYaml(yaml, "c.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("c.yaml:4:").hasMessageContaining("\"person\"").hasMessageContaining("auto")
                .hasMessageContaining("human").satisfies(e -> assertNoJavaNames(e.getMessage()));
    }

    @Test
    void aMissingProvenanceKindSaysToAddIt() {
        String yaml = "schema_version: \"1.2\"\nprovenance:\n  origins:\n    /uses:\n      author: ana\n";
        assertThatThrownBy(() -> CardCodec.fromYaml(yaml, "c.yaml")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kind").satisfies(e -> assertNoJavaNames(e.getMessage()));
    }

    /** The card as its own writer keeps it (the writers leave out empty text, which one fixture has). */
    private static ModelCard written(ModelCard card) throws InvalidInputException {
        return CardCodec.fromJson(CardCodec.toJson(card), "c.json");
    }

    private static void assertNoJavaNames(String message) {
        assertThat(message).doesNotContain("io.modelcards", "java.", "Origin", "$", "com.fasterxml", "subtype", "Cannot");
    }

    private static ModelCard withLookalikes() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("values", LOOKALIKES);
        extra.put("keys", List.of("placeholder"));
        Map<String, Object> byKey = new LinkedHashMap<>();
        LOOKALIKES.stream().filter(s -> !s.isEmpty()).forEach(s -> byKey.put(s, s));
        extra.put("by_key", byKey);
        return ModelCard.empty().withMetadata(MetadataBuilder.builder().tags(LOOKALIKES).extra(extra).build());
    }
}
