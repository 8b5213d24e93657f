package io.modelcards.standards.internal.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.codec.CardMappers;
import io.modelcards.standards.ExportOptions;
import io.modelcards.testing.Fixtures;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CycloneDxSchemaTest {
    static final Instant CREATED = Instant.parse("2026-12-06T12:00:00Z");

    static Stream<Arguments> everyFixtureAndSpec() {
        return Fixtures.cardNames().stream().flatMap(n -> Stream.of(Arguments.of(n, "1.6"), Arguments.of(n, "1.7")));
    }

    static String export(String fixture, String spec) {
        return new CycloneDxExporter().export(Fixtures.card(fixture), new ExportOptions(spec, CREATED, "approved")).document();
    }

    @ParameterizedTest(name = "{0} as CycloneDX {1}")
    @MethodSource("everyFixtureAndSpec")
    void everyFixtureExportIsValidAgainstTheOfficialSchema(String fixture, String spec) {
        assertThat(SchemaCheck.cyclonedx(spec, export(fixture, spec))).isEmpty();
    }

    @Test
    void aMetricValueWrittenAsANumberFailsTheSchema() throws Exception {
        ObjectNode bom = (ObjectNode) CardMappers.json().readTree(export("full-every-field", "1.6"));
        ((ObjectNode) bom.at("/components/0/modelCard/quantitativeAnalysis/performanceMetrics/0")).put("value", 0.9132);

        assertThat(SchemaCheck.cyclonedx("1.6", bom.toString()))
                .anyMatch(m -> m.contains("performanceMetrics[0].value") || m.contains("performanceMetrics/0/value"));
    }

    @Test
    void anEnergyConsumptionWithoutProvidersFailsTheSchema() throws Exception {
        ObjectNode bom = (ObjectNode) CardMappers.json().readTree(export("full-every-field", "1.7"));
        ((ObjectNode) bom.at("/components/0/modelCard/considerations/environmentalConsiderations/energyConsumptions/0"))
                .remove("energyProviders");

        assertThat(SchemaCheck.cyclonedx("1.7", bom.toString())).anyMatch(m -> m.contains("energyProviders"));
    }

    @Test
    void theFullFixtureReallyExportsMetricsAndEnergy() throws Exception {
        // The trap tests above only bite if the export has these parts to break.
        var bom = CardMappers.json().readTree(export("full-every-field", "1.6"));

        assertThat(bom.at("/components/0/modelCard/quantitativeAnalysis/performanceMetrics/0/value").isTextual()).isTrue();
        assertThat(bom.at("/components/0/modelCard/considerations/environmentalConsiderations/energyConsumptions/0"
                + "/energyProviders/0/energySource").asText()).isEqualTo("unknown");
    }
}
