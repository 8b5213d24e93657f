package io.modelcards.standards.internal.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.codec.CardMappers;
import io.modelcards.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CycloneDxCoreJavaTest {
    static List<String> fixtures() {
        return Fixtures.cardNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void cycloneDxCoreJavaFindsEveryFixtureExportValid(String fixture) throws Exception {
        assertThat(CycloneDxCoreJava.validate16(CycloneDxSchemaTest.export(fixture, "1.6"))).isEmpty();
    }

    @Test
    void cycloneDxCoreJavaReadsTheModelCardsMetrics() throws Exception {
        assertThat(CycloneDxCoreJava.metrics(CycloneDxSchemaTest.export("full-every-field", "1.6")))
                .startsWith("accuracy=0.9132", "log_loss=0.2514").hasSize(6);
    }

    @Test
    void cycloneDxCoreJavaRefusesAMetricValueWrittenAsANumber() throws Exception {
        ObjectNode bom = (ObjectNode) CardMappers.json().readTree(CycloneDxSchemaTest.export("full-every-field", "1.6"));
        ((ObjectNode) bom.at("/components/0/modelCard/quantitativeAnalysis/performanceMetrics/0")).put("value", 0.9132);

        assertThat(CycloneDxCoreJava.validate16(bom.toString())).isNotEmpty();
    }
}
