package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Hyperparameters;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Training;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperparameterListTest {
    private static final String TRAINER = """

            The following hyperparameters were used during training:
            - learning_rate: 2e-05
            - train_batch_size: 16
            - optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08
            - num_epochs: 3.0
            - mixed_precision_training: Native AMP

            """;
    private static final String SENTENCE = """
            #### Non-Default Hyperparameters

            - `eval_strategy`: steps
            - `fp16`: True

            #### All Hyperparameters
            <details><summary>Click to expand</summary>

            - `eval_strategy`: steps
            - `fp16`: True
            - `max_steps`: -1
            - `lr_scheduler_kwargs`: {}

            </details>

            """;

    private static Map<String, Object> read(String body) {
        return HyperparameterList.INSTANCE.read("Training hyperparameters", body);
    }

    private static ModelCard with(Map<String, Object> all, List<String> nonDefault) {
        return ModelCard.empty().withTraining(Training.EMPTY.withHyperparameters(new Hyperparameters(all, nonDefault, null)));
    }

    @Test
    void numbersReadAsNumbersAndTheRestAsText() {
        assertThat(read(TRAINER).get(HubFields.HP_ALL)).isEqualTo(Map.of("learning_rate", 2e-05, "train_batch_size", 16,
                "optimizer", "Adam with betas=(0.9,0.999) and epsilon=1e-08", "num_epochs", 3.0,
                "mixed_precision_training", "Native AMP"));
    }

    @Test
    void theTrainersListKeepsItsOrder() {
        assertThat(castMap(read(TRAINER).get(HubFields.HP_ALL)).keySet())
                .containsExactly("learning_rate", "train_batch_size", "optimizer", "num_epochs", "mixed_precision_training");
    }

    @Test
    void pythonBooleansReadAsBooleans() {
        assertThat(castMap(read(SENTENCE).get(HubFields.HP_ALL)).get("fp16")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void theNonDefaultListGivesTheNonDefaultNames() {
        assertThat(read(SENTENCE).get(HubFields.HP_NON_DEFAULT)).isEqualTo(List.of("eval_strategy", "fp16"));
    }

    @Test
    void theAllListGivesEveryValue() {
        assertThat(castMap(read(SENTENCE).get(HubFields.HP_ALL)).keySet())
                .containsExactly("eval_strategy", "fp16", "max_steps", "lr_scheduler_kwargs");
    }

    @Test
    void onlyANonDefaultListStillGivesTheValues() {
        String body = "#### Non-Default Hyperparameters\n\n- `seed`: 12\n";
        assertThat(read(body).get(HubFields.HP_ALL)).isEqualTo(Map.of("seed", 12));
    }

    @Test
    void aParagraphThatIsNoBulletLeavesTheSectionToOtherReaders() {
        assertThat(read("\nWe used a learning rate of 2e-5 and a batch size of 16.\n")).isNull();
    }

    @Test
    void aChangedValueRewritesOnlyItsBullet() {
        Map<String, Object> all = new LinkedHashMap<>(castMap(read(TRAINER).get(HubFields.HP_ALL)));
        all.put("learning_rate", 3e-05);
        assertThat(HyperparameterList.INSTANCE.write(TRAINER, with(all, null), "\n", false))
                .isEqualTo(TRAINER.replace("- learning_rate: 2e-05", "- learning_rate: 3e-05"));
    }

    @Test
    void anAddedHyperparameterGoesAtTheEndOfItsListInTheListsStyle() {
        Map<String, Object> all = new LinkedHashMap<>(castMap(read(SENTENCE).get(HubFields.HP_ALL)));
        all.put("warmup_ratio", 0.1);
        String out = HyperparameterList.INSTANCE.write(SENTENCE, with(all, List.of("eval_strategy", "fp16")), "\n", false);
        assertThat(out).isEqualTo(SENTENCE.replace("- `lr_scheduler_kwargs`: {}\n",
                "- `lr_scheduler_kwargs`: {}\n- `warmup_ratio`: 0.1\n"));
    }

    @Test
    void anEmptyTrainerSectionGetsTheTrainersSentenceAndList() {
        String out = HyperparameterList.INSTANCE.write("\n", with(Map.of("seed", 42), null), "\n", false);
        assertThat(out).isEqualTo("\nThe following hyperparameters were used during training:\n- seed: 42\n\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
