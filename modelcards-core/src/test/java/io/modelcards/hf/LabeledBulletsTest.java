package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Energy;
import io.modelcards.card.Environment;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Training;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabeledBulletsTest {
    private static final String TEMPLATE = """

            Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute).

            - **Hardware Type:** 1 x A10G
            - **Hours used:** 0.7
            - **Cloud Provider:** [More Information Needed]
            - **Compute Region:** eu-west-1
            - **Carbon Emitted:** 1.2 kg

            """;
    private static final String CODECARBON = """
            Carbon emissions were measured using [CodeCarbon](https://github.com/mlco2/codecarbon).
            - **Energy Consumed**: 0.046 kWh
            - **Carbon Emitted**: 0.018 kg of CO2
            - **Hours Used**: 0.152 hours

            """;

    private static final String REGIME = "- **Training regime:** fp16 mixed precision <!--fp32, fp16 mixed precision, bf16 -->\n";

    private static Map<String, Object> env(String body) {
        return LabeledBullets.ENVIRONMENT.read("Environmental Impact", body);
    }

    private static ModelCard withEnergy(Double kwh, Double co2, String hardware, Double hours) {
        return ModelCard.empty().withTraining(Training.EMPTY.withEnergy(new Energy(null, kwh, co2, hardware, hours, null, null)));
    }

    @Test
    void textBulletsFillTheirFields() {
        assertThat(env(TEMPLATE)).containsEntry(HubFields.HARDWARE, "1 x A10G").containsEntry(HubFields.REGION, "eu-west-1");
    }

    @Test
    void aPlaceholderLeavesItsFieldEmpty() {
        assertThat(env(TEMPLATE)).containsEntry(HubFields.CLOUD, null);
    }

    @Test
    void kilogramsOfCarbonAreStoredInGrams() {
        assertThat(env(TEMPLATE)).containsEntry(HubFields.CO2, 1200.0);
    }

    @Test
    void hoursAndKilowattHoursReadWithTheirUnits() {
        assertThat(env(CODECARBON)).containsEntry(HubFields.HOURS, 0.152).containsEntry(HubFields.KWH, 0.046);
    }

    @Test
    void aValueInAnotherUnitLeavesItsFieldEmpty() {
        assertThat(env("- **Hours used:** two days\n")).containsEntry(HubFields.HOURS, null);
    }

    @Test
    void carbonInAnUnknownUnitLeavesItsFieldEmptyInsteadOfFailing() {
        // Found by ReadmeFuzzTest: a chain of conditional expressions unboxed the null of an unknown unit.
        assertThat(env("- **Carbon Emitted:** 3 lbs\n")).containsEntry(HubFields.CO2, null);
    }

    @Test
    void textAfterTheBulletsLeavesTheSectionToOtherReaders() {
        assertThat(env(TEMPLATE + "| Energy and emissions | Value |\n|---|---|\n")).isNull();
    }

    @Test
    void aSectionWithoutAKnownLabelIsNotClaimed() {
        assertThat(env("- **Notes:** trained on solar power\n")).isNull();
    }

    @Test
    void theTemplatesModelDescriptionIsNoSentenceTransformersBulletList() {
        assertThat(LabeledBullets.SENTENCE_DESCRIPTION.read("Model Description", "\nA text model.\n\n- **Model type:** classifier\n"))
                .isNull();
    }

    @Test
    void sentenceTransformersModelDescriptionGivesTheModelType() {
        String body = "- **Model Type:** Sentence Transformer\n- **Maximum Sequence Length:** 256 tokens\n"
                + "<!-- - **License:** Unknown -->\n";
        assertThat(LabeledBullets.SENTENCE_DESCRIPTION.read("Model Description", body))
                .containsEntry("/details/model_type", "Sentence Transformer");
    }

    @Test
    void ramSizeInGigabytesIsStoredInBytes() {
        assertThat(LabeledBullets.HARDWARE.read("Training Hardware", "- **RAM Size**: 31.78 GB\n"))
                .containsEntry(HubFields.MEMORY, 31_780_000_000L);
    }

    @Test
    void aChangedValueIsWrittenInTheUnitTheBulletUsed() {
        ModelCard card = withEnergy(null, 2500.0, "1 x A10G", 0.7);
        card = card.withTraining(card.training().withEnvironment(new Environment(null, null, null, null, null, null, null, null, null,
                "eu-west-1")));
        String out = LabeledBullets.ENVIRONMENT.write(TEMPLATE, card, "\n", false);
        assertThat(out).isEqualTo(TEMPLATE.replace("1.2 kg", "2.5 kg"));
    }

    @Test
    void aChangedValueKeepsTheLabelsOwnPunctuation() {
        String out = LabeledBullets.ENVIRONMENT.write(CODECARBON, withEnergy(0.05, 18.0, null, 0.152), "\n", false);
        assertThat(out).isEqualTo(CODECARBON.replace("- **Energy Consumed**: 0.046 kWh", "- **Energy Consumed**: 0.05 kWh"));
    }

    @Test
    void theTrainingRegimeIsAHyperparameterWithoutTheTemplatesHint() {
        assertThat(LabeledBullets.TRAINING_REGIME.read("Training Hyperparameters", "\n" + REGIME))
                .containsEntry(HubFields.REGIME, "fp16 mixed precision");
    }

    @Test
    void aChangedTrainingRegimeKeepsTheTemplatesHint() {
        ModelCard card = ModelCard.empty().withTraining(Training.EMPTY.withHyperparameters(
                new Hyperparameters(Map.of("training_regime", "bf16 mixed precision"), null, null)));
        assertThat(LabeledBullets.TRAINING_REGIME.write("\n" + REGIME, card, "\n", false))
                .isEqualTo("\n" + REGIME.replace("fp16 mixed precision <", "bf16 mixed precision <"));
    }

    @Test
    void aValueWithoutABulletGetsOneAfterTheOthers() {
        String out = LabeledBullets.ENVIRONMENT.write(CODECARBON, withEnergy(0.046, 18.0, "1 x T4", 0.152), "\n", false);
        assertThat(out).contains("- **Hours Used**: 0.152 hours\n- **Hardware Type:** 1 x T4\n");
    }
}
