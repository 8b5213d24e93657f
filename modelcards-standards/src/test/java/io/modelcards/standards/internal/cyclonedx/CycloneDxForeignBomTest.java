package io.modelcards.standards.internal.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** BOMs that modelcards did not write: the official specification's fixture, and a hand-written 1.5 BOM. */
class CycloneDxForeignBomTest {
    @Test
    void theSpecificationsEnvironmentalFixtureGivesNameEnergyAndCo2() throws Exception {
        ModelCard card = new CycloneDxImporter().read(
                Fixtures.text("cyclonedx/valid-machine-learning-considerations-env-1.6.json"), "env.json");

        assertThat(card.details().name()).isEqualTo("meta-llama/Llama-2-7b");
        assertThat(card.training().energy().kwh()).isEqualTo(0.4);
        assertThat(card.training().energy().co2Grams()).isEqualTo(31.22e6);
    }

    @Test
    void aVersion15BomWithTheModelInMetadataAndAnInlineDatasetIsRead() throws Exception {
        String bom = """
                {"bomFormat": "CycloneDX", "specVersion": "1.5",
                 "metadata": {"component": {"type": "machine-learning-model", "name": "tiny",
                   "modelCard": {
                     "modelParameters": {"task": "classification", "datasets": [{"type": "dataset", "name": "iris"}]},
                     "quantitativeAnalysis": {"performanceMetrics": [{"type": "accuracy", "value": "0.97", "slice": "female"}]},
                     "considerations": {"useCases": ["sorting", "teaching"]}}}}}
                """;
        ModelCard card = new CycloneDxImporter().read(bom, "tiny.json");

        assertThat(card.details().name()).isEqualTo("tiny");
        assertThat(card.metadata().pipelineTag()).isEqualTo("classification");
        assertThat(card.datasets()).extracting(d -> d.name()).containsExactly("iris");
        assertThat(card.evaluation().quantitative().get(0).value()).isEqualTo(0.97);
        assertThat(card.evaluation().quantitative().get(0).slice()).containsEntry("slice", "female");
        assertThat(card.uses().directUse()).isEqualTo("sorting\n\nteaching");
    }
}
