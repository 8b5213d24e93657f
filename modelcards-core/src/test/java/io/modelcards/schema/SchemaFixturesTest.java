package io.modelcards.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcards.card.ModelCard;
import io.modelcards.card.SchemaVersion;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.CardSourceMap;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.Severity;
import io.modelcards.validate.RulePack;
import io.modelcards.validate.ValidationOptions;
import io.modelcards.validate.Validator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every card kept under {@code schema/<version>/} must keep loading, migrate to the current version and validate. */
class SchemaFixturesTest {

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(SchemaFixturesTest.class.getResource("/schema").toURI());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted().toList().stream();
        }
    }

    private static boolean isYaml(Path p) {
        return p.toString().endsWith(".yaml");
    }

    private static ModelCard load(Path p) throws IOException, InvalidInputException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        return isYaml(p) ? CardCodec.fromYaml(text, p.getFileName().toString()) : CardCodec.fromJson(text, p.getFileName().toString());
    }

    @Test
    void everyReleasedVersionHasAtLeastSixFixtureCardsInBothFormats() throws Exception {
        List<Path> all = fixtures().toList();
        for (String version : SchemaVersion.READABLE) {
            long json = all.stream().filter(p -> p.getParent().getFileName().toString().equals(version) && !isYaml(p)).count();
            long yaml = all.stream().filter(p -> p.getParent().getFileName().toString().equals(version) && isYaml(p)).count();
            assertThat(json).as("JSON fixtures of %s", version).isGreaterThanOrEqualTo(6);
            assertThat(yaml).as("YAML fixtures of %s", version).isEqualTo(json);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aFixtureLoadsAtTheCurrentVersionAndValidatesWithoutErrors(Path fixture) throws Exception {
        ModelCard card = load(fixture);
        assertThat(card.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        var where = CardSourceMap.of(isYaml(fixture) ? CardMappers.yaml() : CardMappers.json(), text, fixture.getFileName().toString());
        List<Diagnostic> errors = Validator.validate(card, where, Set.of(RulePack.SCHEMA), ValidationOptions.DEFAULTS).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aFixtureConformsToTheJsonSchemaPublishedForItsVersion(Path fixture) throws Exception {
        // Each released schema stays published beside the current one; a fixture is held to its own version's schema.
        Path own = CardSchemaGenerator.publishedPath().resolveSibling(
                "modelcard-" + fixture.getParent().getFileName() + ".schema.json");
        JsonNode published = CardMappers.json().readTree(Files.readString(own, StandardCharsets.UTF_8));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published);
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        JsonNode tree = (isYaml(fixture) ? CardMappers.yaml() : CardMappers.json()).readTree(text);
        Set<ValidationMessage> problems = schema.validate(tree);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aFixtureWrittenBackAsJsonStillConformsToTheSchema(Path fixture) throws Exception {
        JsonNode published = CardMappers.json().readTree(Files.readString(CardSchemaGenerator.publishedPath(), StandardCharsets.UTF_8));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published);
        JsonNode written = CardMappers.json().readTree(CardCodec.toJson(load(fixture)));
        assertThat(schema.validate(written)).isEmpty();
    }

    @Test
    void theSchemaRejectsAFieldTheCodecDoesNotKnow() throws Exception {
        JsonNode published = CardMappers.json().readTree(Files.readString(CardSchemaGenerator.publishedPath(), StandardCharsets.UTF_8));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published);
        JsonNode card = CardMappers.json().readTree("{\"schema_version\": \"1.0\", \"metadata\": {\"licence\": \"mit\"}}");
        assertThat(schema.validate(card)).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("licence"));
    }

    @Test
    void theSchemaRejectsAMetricValueThatIsNeitherNumberNorString() throws Exception {
        JsonNode published = CardMappers.json().readTree(Files.readString(CardSchemaGenerator.publishedPath(), StandardCharsets.UTF_8));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published);
        JsonNode card = CardMappers.json().readTree(
                "{\"schema_version\": \"1.0\", \"metadata\": {\"eval_results\": [{\"metric_value\": [1, 2]}]}}");
        assertThat(schema.validate(card)).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("metric_value"));
    }
}
