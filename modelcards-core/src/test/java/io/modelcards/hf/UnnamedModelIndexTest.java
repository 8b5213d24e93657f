package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A card with evaluation results but no {@code model_name} still writes a model-index huggingface_hub accepts. */
class UnnamedModelIndexTest {
    private static final String CARD = """
            {"schema_version": "1.2",
             "metadata": {"eval_results": [{"task_type": "text-classification", "dataset_type": "imdb", "dataset_name": "IMDB",
                                            "metric_type": "accuracy", "metric_value": 0.91}]},
             "details": {"name": "acme/sentiment"}}
            """;

    @Test
    void theModelIndexIsNamedAfterTheCardsName() throws InvalidInputException {
        ModelCard card = CardCodec.fromJson(CARD, "card.json");

        String readme = ReadmeCodec.write(card);

        assertThat(readme).contains("model-index:\n- name: acme/sentiment\n");
        assertThat(ReadmeCodec.parse(readme, "README.md", false).card().metadata().evalResults()).hasSize(1);
    }

    @Test
    void aCardWithAModelNameKeepsIt() throws InvalidInputException {
        ModelCard card = CardCodec.fromJson(CARD.replace("\"eval_results\"", "\"model_name\": \"acme/other\", \"eval_results\""),
                "card.json");

        assertThat(ReadmeCodec.write(card)).contains("model-index:\n- name: acme/other\n");
    }

    @Test
    void aCardWithoutANameWritesTheMetadataAsItIs() throws InvalidInputException {
        ModelCard card = CardCodec.fromJson(CARD.replace("\"name\": \"acme/sentiment\"", "\"version\": \"1\""), "card.json");

        assertThat(HfMetadata.forReadme(card)).isEqualTo(card.metadata());
    }
}
