package io.modelcards.standards.internal.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardMappers;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Omission;
import io.modelcards.standards.Standard;
import io.modelcards.standards.Standards;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycloneDxExporterTest {
    private static JsonNode bom(ModelCard card) throws Exception {
        return CardMappers.json().readTree(new CycloneDxExporter().export(card, ExportOptions.at(CycloneDxSchemaTest.CREATED))
                .document());
    }

    @Test
    void theStandardsListsGiveTheCycloneDxExporterAndImporterAndTheSpdxExporter() {
        assertThat(Standards.exporter(Standard.CYCLONEDX)).isInstanceOf(CycloneDxExporter.class);
        assertThat(Standards.importer(Standard.CYCLONEDX)).get().isInstanceOf(CycloneDxImporter.class);
        assertThat(Standards.exporter(Standard.SPDX).standard()).isEqualTo(Standard.SPDX);
    }

    @Test
    void theSerialNumberIsTheSameForTheSameCardAndDiffersForAnother() throws Exception {
        ModelCard card = Fixtures.card("classifier-sentiment");
        ModelCard other = card.withDetails(card.details().withVersion("9.9.9"));

        assertThat(bom(card).get("serialNumber")).isEqualTo(bom(Fixtures.card("classifier-sentiment")).get("serialNumber"));
        assertThat(bom(card).get("serialNumber")).isNotEqualTo(bom(other).get("serialNumber"));
        assertThat(bom(card).get("serialNumber").asText()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                + "[0-9a-f]{12}");
    }

    @Test
    void theDefaultSpecIs16AndAnUnknownOneIsRefused() throws Exception {
        assertThat(bom(Fixtures.card("minimal-empty")).get("specVersion").asText()).isEqualTo("1.6");
        assertThatThrownBy(() -> new CycloneDxExporter().export(ModelCard.empty(),
                new ExportOptions("1.4", CycloneDxSchemaTest.CREATED, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CycloneDX 1.4 is not written: use one of [1.6, 1.7]");
    }

    @Test
    void whoWroteEachValueIsReportedAsNotCarried() {
        List<Omission> omissions = new CycloneDxExporter().export(Fixtures.card("full-every-field"),
                ExportOptions.at(CycloneDxSchemaTest.CREATED)).omissions();

        assertThat(omissions).extracting(Omission::pointer).containsExactly("/provenance");
    }

    @Test
    void eachDatasetIsADataComponentWithItsHashAndRoleReferencedFromTheModelCard() throws Exception {
        JsonNode bom = bom(Fixtures.card("full-every-field"));

        assertThat(bom.at("/components/0/modelCard/modelParameters/datasets/0/ref").asText()).isEqualTo("dataset-1");
        assertThat(bom.at("/components/1/type").asText()).isEqualTo("data");
        assertThat(bom.at("/components/1/hashes/0/alg").asText()).isEqualTo("SHA-256");
        assertThat(bom.at("/components/1/properties/0/name").asText()).isEqualTo("modelcards:role");
        assertThat(bom.at("/components/1/properties/0/value").asText()).isEqualTo("training");
    }

    @Test
    void everyTopLevelPartOfTheCardIsInTheMapping() {
        List<String> parts = new ArrayList<>();
        CycloneDxExporter.tree(Fixtures.card("full-every-field")).fieldNames().forEachRemaining(parts::add);
        String fields = String.join(" ", new CycloneDxExporter().mapping().stream().map(r -> r.cardField()).toList());

        assertThat(parts).isNotEmpty().allSatisfy(p -> assertThat(fields).contains("/" + p));
    }
}
