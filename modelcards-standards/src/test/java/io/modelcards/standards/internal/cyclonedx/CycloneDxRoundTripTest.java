package io.modelcards.standards.internal.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.standards.ExportOptions;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CycloneDxRoundTripTest {
    /** The card fields CycloneDX does not carry: the mapping's "not carried" rows. */
    static final Set<String> NOT_CARRIED = Set.of("provenance", "source");

    static Stream<Arguments> everyFixtureAndSpec() {
        return CycloneDxSchemaTest.everyFixtureAndSpec();
    }

    static ModelCard roundTrip(String fixture, String spec) throws Exception {
        return new CycloneDxImporter().read(CycloneDxSchemaTest.export(fixture, spec), fixture + ".cdx.json");
    }

    @ParameterizedTest(name = "{0} through CycloneDX {1}")
    @MethodSource("everyFixtureAndSpec")
    void exportThenImportGivesTheSameCardOnEveryCarriedField(String fixture, String spec) throws Exception {
        JsonNode before = CycloneDxExporter.tree(Fixtures.card(fixture));
        JsonNode after = CycloneDxExporter.tree(roundTrip(fixture, spec));

        List<String> fields = new ArrayList<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(f -> {
            if (!fields.contains(f)) {
                fields.add(f);
            }
        });
        for (String field : fields) {
            if (NOT_CARRIED.contains(field)) {
                continue;
            }
            assertThat(after.path(field)).as("card field /%s", field).isEqualTo(before.path(field));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"full-every-field", "profiled-datasets"})
    void everyImportedValueIsMarkedAsImportedFromCycloneDx(String fixture) throws Exception {
        ModelCard card = roundTrip(fixture, "1.6");

        assertThat(card.provenance().origins()).isNotEmpty();
        assertThat(card.provenance().origins().values()).containsOnly(new Origin.Auto("import:cyclonedx"));
        assertThat(card.provenance().originOf("/details/name")).isEqualTo(new Origin.Auto("import:cyclonedx"));
    }

    @Test
    void aCardWithoutNameComesBackWithoutName() throws Exception {
        ModelCard full = Fixtures.card("full-every-field");
        ModelCard unnamed = full.withDetails(full.details().withName(null));
        String bom = new CycloneDxExporter().export(unnamed, ExportOptions.at(CycloneDxSchemaTest.CREATED)).document();

        ObjectNode tree = (ObjectNode) CycloneDxExporter.tree(new CycloneDxImporter().read(bom, "x.json"));
        assertThat(tree.at("/details/name").isMissingNode()).isTrue();
        assertThat(SchemaCheck.cyclonedx("1.6", bom)).isEmpty();
    }
}
