package io.modelcards.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schema and the codec agree on every card of the validation corpus: a card the codec refuses is one
 * the schema refuses, and a card the schema accepts is one the codec reads. (The schema is stricter in one direction
 * on purpose: it describes the canonical form, so null list entries or a list as metric value fail it, while the
 * codec reads them and the validator reports them with a location.)
 */
class SchemaAgreementTest {
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        JsonNode published = CardMappers.json().readTree(Files.readString(CardSchemaGenerator.publishedPath(), StandardCharsets.UTF_8));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published);
    }

    static Stream<Path> corpus() throws Exception {
        Path root = Path.of(SchemaAgreementTest.class.getResource("/validate").toURI());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCodecAndTheSchemaAgreeOnACorpusCard(Path card) throws Exception {
        boolean yaml = card.toString().endsWith(".yaml");
        String text = Files.readString(card, StandardCharsets.UTF_8);
        JsonNode tree;
        try {
            tree = (yaml ? CardMappers.yaml() : CardMappers.json()).readTree(text);
        } catch (JacksonException e) {
            return; // not JSON or YAML at all: there is nothing for the schema to judge
        }
        boolean schemaAccepts = schema.validate(tree).isEmpty();
        boolean codecReads;
        try {
            if (yaml) {
                CardCodec.fromYaml(text, "c.yaml");
            } else {
                CardCodec.fromJson(text, "c.json");
            }
            codecReads = true;
        } catch (InvalidInputException e) {
            codecReads = false;
        }
        if (schemaAccepts) {
            assertThat(codecReads).as("the schema accepts %s, so the codec must read it", card.getFileName()).isTrue();
        }
        if (!codecReads) {
            assertThat(schemaAccepts).as("the codec refuses %s, so the schema must too", card.getFileName()).isFalse();
        }
    }
}
