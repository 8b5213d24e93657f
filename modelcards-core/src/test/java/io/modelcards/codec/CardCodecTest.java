package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.EmissionsBuilder;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.GovernanceBuilder;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.LogEntry;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.RiskRating;
import io.modelcards.card.SchemaVersion;
import io.modelcards.card.TrainingBuilder;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardCodecTest {

    static ModelCard sample() {
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("learning_rate", 2e-05);
        hp.put("epochs", 3);
        hp.put("optimizer.name", "adam");
        return ModelCard.empty()
                .withMetadata(MetadataBuilder.builder().language(List.of("no", "en")).license("apache-2.0").libraryName("tribuo")
                        .tags(List.of("yes", "on")).datasets(List.of("imdb")).metrics(List.of("accuracy"))
                        .pipelineTag("text-classification").modelName("sentiment")
                        .co2EqEmissions(EmissionsBuilder.builder().emissions(12.5).source("estimate").trainingType("fine-tuning")
                                .geographicalLocation("eu-west-1").hardwareUsed("2 x CPU").build())
                        .evalResults(List.of(EvalResultBuilder.builder().taskType("text-classification").taskName("Text Classification")
                                .datasetType("imdb").datasetName("IMDb").datasetSplit("test").metricType("accuracy").metricValue(0.92)
                                .metricName("Accuracy").build()))
                        .extra(Map.of("custom_key", "value")).build())
                .withDetails(ModelDetails.EMPTY)
                .withTraining(TrainingBuilder.builder().hyperparameters(new Hyperparameters(hp, List.of("learning_rate"), List.of()))
                        .log(List.of(new LogEntry(10, 0.5, Map.of("loss", 0.7), false))).build())
                .withGovernance(GovernanceBuilder.builder().risk(RiskRating.MEDIUM).riskRationale("user-facing")
                        .customFields(Map.of("team", "nlp")).build())
                .withProvenance(Provenance.EMPTY.with("/training", new Origin.Auto("capture:test"))
                        .with("/uses", new Origin.Human("ana", null)));
    }

    @Test
    void aCardSurvivesAJsonRoundTripUnchanged() throws InvalidInputException {
        ModelCard card = sample();
        String json = CardCodec.toJson(card);
        assertThat(CardCodec.fromJson(json, "t.json")).isEqualTo(card);
        assertThat(CardCodec.toJson(CardCodec.fromJson(json, "t.json"))).isEqualTo(json);
    }

    @Test
    void aCardSurvivesAYamlRoundTripWithNorwegianAndBooleanLookingStringsKept() throws InvalidInputException {
        ModelCard card = sample();
        String yaml = CardCodec.toYaml(card);
        ModelCard back = CardCodec.fromYaml(yaml, "t.yaml");
        assertThat(back).isEqualTo(card);
        assertThat(back.metadata().language()).containsExactly("no", "en");
        assertThat(back.metadata().tags()).containsExactly("yes", "on");
    }

    @Test
    void jsonUsesSnakeCaseNamesAndLeavesOutEmptyValues() {
        String json = CardCodec.toJson(sample());
        assertThat(json).contains("\"schema_version\": \"" + SchemaVersion.CURRENT + "\"", "\"co2_eq_emissions\"", "\"non_default\"")
                .doesNotContain("null").doesNotContain("\"sections\"");
    }

    @Test
    void anUnknownFieldIsAnErrorWithItsLineAndColumn() {
        String json = "{\n  \"schema_version\": \"1.0\",\n  \"metdata\": {}\n}\n";
        assertThatThrownBy(() -> CardCodec.fromJson(json, "c.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("c.json:3:")
                .hasMessageContaining("unknown field \"metdata\"");
    }

    @Test
    void aCardFromANewerSchemaIsRefusedWithAnUpgradeHint() {
        assertThatThrownBy(() -> CardCodec.fromJson("{\"schema_version\": \"9.0\"}", "c.json"))
                .hasMessageContaining("newer than this modelcards reads");
    }

    @Test
    void aCardWithoutSchemaVersionIsRefused() {
        assertThatThrownBy(() -> CardCodec.fromJson("{}", "c.json")).hasMessageContaining("missing \"schema_version\"");
    }
}
