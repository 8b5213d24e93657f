package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.hf.ReadmeCodec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A README in the transformers Trainer's layout renders as one card: its typed parts in their places, one title. */
class HubLayoutRenderTest {
    private static final String TRAINER = """
            ---
            license: apache-2.0
            base_model: google-bert/bert-base-cased
            tags:
            - generated_from_trainer
            model-index:
            - name: acme-bert-mrpc
              results: []
            ---

            # acme-bert-mrpc

            This model is a fine-tuned version of [bert-base-cased](https://huggingface.co/bert-base-cased) on the glue dataset.

            ## Model description

            BERT tuned on MRPC paraphrases.

            ## Intended uses & limitations

            More information needed

            ## Training and evaluation data

            More information needed

            ## Training procedure

            ### Training hyperparameters

            The following hyperparameters were used during training:
            - learning_rate: 2e-05
            - train_batch_size: 16

            ### Training results

            | Training Loss | Epoch | Step | Validation Loss |
            |:-------------:|:-----:|:----:|:---------------:|
            | No log        | 1.0   | 230  | 0.4012          |

            ### Framework versions

            - Transformers 4.44.2
            - Pytorch 2.4.0+cu121
            """;

    private static String render() throws InvalidInputException {
        ModelCard card = ReadmeCodec.parse(TRAINER, "README.md", false).card();
        return CardRenderer.create().render(RenderRequest.of(card, OutputFormat.MD)).output();
    }

    @Test
    void theTrainersH1BecomesTheOnlyTitle() throws InvalidInputException {
        assertThat(Arrays.stream(render().split("\n")).filter(l -> l.startsWith("# ")))
                .containsExactly("# Model Card for acme-bert-mrpc");
    }

    @Test
    void theTrainersTextSectionsAreNotRepeatedAsUnknownSections() throws InvalidInputException {
        String md = render();
        assertThat(md).doesNotContain("## Model description", "## Training procedure", "### Framework versions",
                "\nMore information needed\n");
        assertThat(md.split("BERT tuned on MRPC paraphrases.", -1)).hasSize(2);
    }

    @Test
    void theHyperparameterBulletsRenderAsTheCardsHyperparameters() throws InvalidInputException {
        assertThat(render()).contains("learning_rate").contains("2e-05").doesNotContain("- learning_rate: 2e-05");
    }

    @Test
    void theFrameworkVersionsRenderAsTheCardsLibraries() throws InvalidInputException {
        assertThat(render()).contains("Transformers").contains("4.44.2").doesNotContain("- Transformers 4.44.2");
    }
}
