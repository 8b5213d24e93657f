package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardReaderTest {
    private static final String README = "---\nlicense: mit\nmodel-index:\n  name: x\n  results: []\n---\n# My model\n";
    private static final String JSON = "{\n  \"schema_version\": \"1.2\",\n  \"metadata\": {\n    \"license\": \"mit\"\n  }\n}\n";
    private static final String YAML = "schema_version: \"1.2\"\nmetadata:\n  license: mit\n";

    @TempDir
    Path tmp;

    private static Diagnostic only(InvalidInputException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void anUnknownExtensionIsAnInputFormatDiagnosticNamingTheAcceptedOnes() {
        var e = catchThrowableOfType(() -> CardReader.read(tmp.resolve("card.txt"), false), InvalidInputException.class);
        assertThat(only(e).format()).isEqualTo(tmp.resolve("card.txt")
                + ":0:0: error: unknown card format: use a .md (Hugging Face README), .json or .yaml/.yml file [input/format]");
    }

    @Test
    void aMissingFileIsInputNotFound() {
        var e = catchThrowableOfType(() -> CardReader.read(tmp.resolve("nope.json"), false), InvalidInputException.class);
        assertThat(only(e).code()).isEqualTo("input/not-found");
    }

    @Test
    void theFormatIsChosenByTheFileExtension() throws Exception {
        Files.writeString(tmp.resolve("card.yml"), YAML, StandardCharsets.UTF_8);
        LoadedCard loaded = CardReader.read(tmp.resolve("card.yml"), false);
        assertThat(loaded.format()).isEqualTo(CardFormat.YAML);
        assertThat(loaded.card().metadata().license()).isEqualTo("mit");
        assertThat(loaded.sourceMap().file()).isEqualTo(tmp.resolve("card.yml").toString());
    }

    @Test
    void aJsonCardComesWithASourceMapIntoItsText() throws Exception {
        LoadedCard loaded = CardReader.read(JSON, "c.json", CardFormat.JSON, false);
        assertThat(loaded.sourceMap().locate("/metadata/license")).contains(new SourceMap.Position(4, 5));
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void aReadmeWithABadModelIndexFailsUnlessReadLeniently() throws Exception {
        var e = catchThrowableOfType(() -> CardReader.read(README, "r.md", CardFormat.README, false), InvalidInputException.class);
        assertThat(only(e).code()).isEqualTo("hf/model-index-shape");
        LoadedCard lenient = CardReader.read(README, "r.md", CardFormat.README, true);
        assertThat(lenient.problems()).extracting(Diagnostic::code).containsExactly("hf/model-index-shape");
        assertThat(lenient.card().metadata().license()).isEqualTo("mit");
        assertThat(lenient.card().source()).isNotNull();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheirLineAndColumn() {
        byte[] latin1 = "schema_version: \"1.2\"\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        var e = catchThrowableOfType(() -> CardReader.read(latin1, "c.yaml", CardFormat.YAML, false), InvalidInputException.class);
        assertThat(only(e).format())
                .isEqualTo("c.yaml:2:10: error: invalid UTF-8 (byte 0xE9 at offset 31): save the file as UTF-8 [input/encoding]");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsFieldByJsonPointer() {
        String json = "{\n  \"schema_version\": \"1.2\",\n  \"metadata\": {\n    \"tags\": 3\n  }\n}\n";
        var e = catchThrowableOfType(() -> CardReader.read(json, "c.json", CardFormat.JSON, false), InvalidInputException.class);
        Diagnostic d = only(e);
        assertThat(d.format()).isEqualTo("c.json:4:5: error: /metadata/tags: expected a list, found a number [card/type]");
        assertThat(d.pointer()).isEqualTo("/metadata/tags");
    }

    @Test
    void aFieldNameWithASlashIsEscapedInThePointer() {
        String json = "{\"schema_version\": \"1.2\", \"governance\": {\"custom_fields\": {}}, \"provenance\": {\"a/b~c\": 3}}";
        var e = catchThrowableOfType(() -> CardReader.read(json, "c.json", CardFormat.JSON, false), InvalidInputException.class);
        assertThat(only(e).pointer()).isEqualTo("/provenance/a~1b~0c");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBackInEveryFormat() throws Exception {
        ModelCard card = CardReader.read(README, "r.md", CardFormat.README, true).card();
        for (CardFormat f : CardFormat.values()) {
            String text = CardWriter.write(card, f);
            assertThat(CardReader.read(text, "r.md", f, true).card()).as("%s", f).isEqualTo(card);
        }
    }
}
