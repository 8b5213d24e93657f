package io.modelcards.standards.internal.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.internal.cyclonedx.SchemaCheck;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpdxExporterTest {
    static final Instant CREATED = Instant.parse("2026-12-06T12:00:00Z");

    static List<String> fixtures() {
        return Fixtures.cardNames();
    }

    static String export(ModelCard card) throws InvalidInputException {
        return new SpdxExporter().export(card, ExportOptions.at(CREATED)).document();
    }

    /** The pointers the SPDX export must refuse {@code card} for: what the profiles require and the card lacks. */
    static List<String> missing(ModelCard card) {
        List<String> out = new ArrayList<>();
        if (SpdxExporter.supplierName(card.details()) == null) {
            out.add("/details/developers");
        }
        if (card.details().version() == null) {
            out.add("/details/version");
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureEitherExportsValidOrIsRefusedNamingWhatToFill(String fixture) throws Exception {
        ModelCard card = Fixtures.card(fixture);
        List<String> missing = missing(card);
        if (missing.isEmpty()) {
            assertThat(SchemaCheck.spdx(export(card))).isEmpty();
        } else {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> export(card));
            assertThat(e).isNotNull();
            assertThat(e.problems()).extracting(Diagnostic::pointer).containsExactlyElementsOf(missing);
        }
    }

    @Test
    void atLeastTheFixturesWithSupplierAndVersionExport() {
        // Guards the test above: if every fixture were refused, it would check no export at all.
        assertThat(fixtures().stream().filter(f -> missing(Fixtures.card(f)).isEmpty()))
                .contains("full-every-field", "classifier-sentiment", "profiled-datasets", "regressor-house-prices");
    }

    @Test
    void aCardWithoutSupplierOrVersionIsRefusedWithOneProblemEach() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> export(ModelCard.empty()));

        assertThat(e.problems()).extracting(Diagnostic::format).containsExactly(
                "-:0:0: error: SPDX requires who supplies the model (suppliedBy): set /details/developers (or name an owner "
                        + "in /details/owners) [spdx/missing-supplier]",
                "-:0:0: error: SPDX requires the model's version (software_packageVersion): set /details/version "
                        + "[spdx/missing-version]");
    }

    @Test
    void theFullFixtureExportsAsItsGoldenFile() throws Exception {
        Golden.assertMatches("golden/spdx/full-every-field.spdx.json", export(Fixtures.card("full-every-field")));
    }

    @Test
    void datasetsAreLinkedByTrainedOnAndTestedOn() throws Exception {
        JsonNode graph = CardMappers.json().readTree(export(Fixtures.card("full-every-field"))).get("@graph");
        List<String> types = new ArrayList<>();
        graph.forEach(e -> {
            if (e.path("type").asText().equals("Relationship")) {
                types.add(e.path("relationshipType").asText());
            }
        });

        assertThat(types).contains("trainedOn", "testedOn");
    }

    @Test
    void aDatasetWithoutItsRequiredTypeFailsTheSchema() throws Exception {
        ObjectNode doc = (ObjectNode) CardMappers.json().readTree(export(Fixtures.card("full-every-field")));
        for (JsonNode e : doc.get("@graph")) {
            if (e.path("type").asText().equals("dataset_DatasetPackage")) {
                ((ObjectNode) e).remove("dataset_datasetType");
            }
        }

        assertThat(SchemaCheck.spdx(doc.toString())).isNotEmpty();
    }

    @Test
    void aReleaseDayIsWrittenAsItsMidnightUtc() {
        assertThat(SpdxExporter.releaseTime("2026-11-02", CREATED)).isEqualTo("2026-11-02T00:00:00Z");
        assertThat(SpdxExporter.releaseTime("spring", CREATED)).isEqualTo("2026-12-06T12:00:00Z");
    }
}
