package io.modelcards.capture.energy;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.environment.EnvironmentProbe;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Training;
import io.modelcards.card.TrainingBuilder;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.hf.HfMetadata;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The capture's output goes into a card and comes out of the card codec and the HF metadata unchanged. */
class EnergyOnTheCardTest {
    private static final EnergyReport REPORT = EnergyMeter.estimate(EnergyOptions.defaults()
                    .withCpuModel("AMD EPYC 7742 64-Core Processor").withLogicalCores(2).withRegion("DE")
                    .withTrainingType("pre-training"),
            Duration.ofSeconds(90), Duration.ofSeconds(60));

    private static ModelCard card() {
        Metadata withEmissions = Metadata.EMPTY.withCo2EqEmissions(REPORT.emissions());
        Training training = TrainingBuilder.builder().environment(EnvironmentProbe.create().capture()).energy(REPORT.energy()).build();
        return ModelCard.empty().withMetadata(withEmissions).withTraining(training);
    }

    @Test
    void theEnvironmentAndEnergySurviveAJsonRoundTrip() throws InvalidInputException {
        ModelCard card = card();

        ModelCard back = CardCodec.fromJson(CardCodec.toJson(card), "card.json");

        assertThat(back.training().energy().method()).isEqualTo("estimate");
        assertThat(back.training().energy().kwh()).isEqualTo(card.training().energy().kwh());
        assertThat(back.training().energy().inputs().keySet()).isEqualTo(card.training().energy().inputs().keySet());
        assertThat(back.training().environment().cores()).isEqualTo(card.training().environment().cores());
        assertThat(back.metadata().co2EqEmissions()).isEqualTo(card.metadata().co2EqEmissions());
    }

    @Test
    void theEmissionsBecomeTheHuggingFaceCo2EqEmissionsBlock() {
        Object block = HfMetadata.toDict(card().metadata()).get("co2_eq_emissions");

        assertThat(block).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) block;
        assertThat(map).containsOnlyKeys("emissions", "source", "training_type",
                "geographical_location", "hardware_used");
        assertThat(map).containsEntry("source", "modelcards estimate")
                .containsEntry("training_type", "pre-training").containsEntry("geographical_location", "Germany");
    }
}
