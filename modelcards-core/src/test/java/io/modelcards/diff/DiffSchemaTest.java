package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcards.codec.CardMappers;
import io.modelcards.testing.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The published schema of the diff's JSON form ({@code schema/diff-1.0.schema.json}) describes what DiffJson writes. */
class DiffSchemaTest {
    private static final Path PUBLISHED = SourceTree.file("schema/diff-" + Diff.VERSION + ".schema.json");

    private static JsonSchema schema() throws IOException {
        JsonNode published = CardMappers.json().readTree(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published);
    }

    @ParameterizedTest
    @FieldSource("io.modelcards.diff.DiffFixtures#PAIRS")
    void theGoldenJsonOfAPairConformsToThePublishedSchema(String pair) throws IOException {
        JsonNode golden = CardMappers.json().readTree(Files.readString(DiffFixtures.ROOT.resolve(pair).resolve("diff.json")));
        assertThat(schema().validate(golden)).isEmpty();
    }

    @Test
    void theDiffOfACardWithItselfConformsToo() throws IOException {
        Diff d = CardDiff.of(DiffFixtures.old("profiles"), DiffFixtures.old("profiles"));
        assertThat(schema().validate(DiffJson.tree(d))).isEmpty();
    }

    @Test
    void theSchemaPinsTheVersionTheWriterWrites() throws IOException {
        JsonNode published = CardMappers.json().readTree(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
        assertThat(published.at("/properties/diff_version/const").asText()).isEqualTo(Diff.VERSION);
        assertThat(DiffJson.tree(DiffFixtures.diff("readme")).get("diff_version").asText()).isEqualTo(Diff.VERSION);
    }

    @Test
    void theSchemaRejectsADivergenceAboveOne() throws IOException {
        ObjectNode tree = DiffJson.tree(DiffFixtures.diff("profiles"));
        ((ObjectNode) tree.at("/datasets/0/shift/0")).put("divergence", 1.5);
        assertThat(schema().validate(tree)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("divergence"));
    }

    @Test
    void theSchemaRejectsAMemberItDoesNotDescribe() throws IOException {
        ObjectNode tree = DiffJson.tree(DiffFixtures.diff("readme"));
        tree.put("verdict", "ok");
        assertThat(schema().validate(tree)).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("verdict"));
    }
}
