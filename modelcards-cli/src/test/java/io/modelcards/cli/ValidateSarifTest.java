package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcards.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code validate --format sarif} writes a SARIF 2.1.0 log that the format's own schema accepts. */
class ValidateSarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CARDS = "src/test/resources/validate/cards";
    private static final String NO_CARDS = "src/test/resources/validate/no-cards";
    private static JsonSchema schema;

    @BeforeAll
    static void loadTheSchema() throws IOException {
        try (InputStream in = ValidateSarifTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static Cli.Run sarif() {
        return Cli.run("validate", "--format", "sarif", "--suppress", "hf/*", CARDS, NO_CARDS);
    }

    @Test
    void theLogMatchesItsGoldenFile() {
        Cli.Run r = sarif();
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEmpty();
        Golden.assertMatches("validate/cards.sarif", r.out().replace(Version.current(), "VERSION"));
    }

    @Test
    void theLogIsValidSarif() throws IOException {
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif().out()));
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaRefusesALogWithAnUnknownLevel() throws IOException {
        ObjectNode log = (ObjectNode) JSON.readTree(sarif().out());
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(log)).isNotEmpty();
    }

    @Test
    void aSuppressedProblemStaysInTheLogMarkedAsSuppressedInSource() throws IOException {
        JsonNode results = JSON.readTree(sarif().out()).get("runs").get(0).get("results");
        JsonNode suppressed = null;
        for (JsonNode r : results) {
            if (r.has("suppressions")) {
                suppressed = r;
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.get("suppressions").get(0).get("justification").asText())
                .isEqualTo("an internal licence the Hub does not list");
        assertThat(suppressed.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(CARDS + "/b%20c/README.md");
    }

    @Test
    void aProblemWithoutALineHasNoRegion() throws IOException {
        JsonNode results = JSON.readTree(sarif().out()).get("runs").get(0).get("results");
        JsonNode folder = results.get(0);
        assertThat(folder.get("ruleId").asText()).isEqualTo("validate/no-cards");
        assertThat(folder.at("/locations/0/physicalLocation").has("region")).isFalse();
    }
}
