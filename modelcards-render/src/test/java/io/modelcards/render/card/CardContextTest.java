package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.hf.HfMetadata;
import io.modelcards.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CardContextTest {
    private static final Map<String, Object> CLASSIFIER = CardContext.of(Fixtures.card("classifier-sentiment"));
    private static final Map<String, Object> EMPTY = CardContext.of(Fixtures.card("minimal-empty"));

    @Test
    void everyHuggingFaceTemplateVariableIsPresentAsTextEvenForAnEmptyCard() {
        for (String name : HfVariables.NAMES) {
            assertThat(EMPTY.get(name)).as(name).isInstanceOf(String.class);
        }
    }

    @Test
    void everyVariableOfTheHuggingFaceDefaultTemplateIsProvided() throws Exception {
        String hf = new String(getClass().getResourceAsStream("/hf/modelcard_template.md").readAllBytes(), StandardCharsets.UTF_8);
        var m = Pattern.compile("\\{\\{\\s*([a-z0-9_]+)").matcher(hf);
        while (m.find()) {
            assertThat(HfVariables.NAMES).contains(m.group(1));
        }
    }

    @Test
    void theCardsJsonFormIsThereInSnakeCase() {
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) CLASSIFIER.get("details");

        assertThat(details).containsEntry("model_type", "text classifier");
        assertThat(CLASSIFIER).doesNotContainKey("source");
    }

    @Test
    void metadataIsTheHuggingFaceDictionary() {
        assertThat(CLASSIFIER.get("metadata")).isEqualTo(HfMetadata.toDict(Fixtures.card("classifier-sentiment").metadata()));
    }

    @Test
    void cardDataIsTheFrontMatterYamlWithoutTheFinalLineEnd() {
        assertThat((String) CLASSIFIER.get("card_data")).startsWith("datasets:").contains("model-index:").doesNotEndWith("\n");
    }

    @Test
    void hyperparametersShowPythonNumbersAndMarkNonDefaults() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) CLASSIFIER.get("hyperparameter_rows");

        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("name", "l2").containsEntry("value", "2e-05")
                .containsEntry("non_default", true));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("name", "epsilon").containsEntry("non_default", false));
        assertThat(CLASSIFIER).containsEntry("hyperparameters_non_default", "3").containsEntry("hyperparameters_total", "8");
    }

    @Test
    void theBestLogRowIsBoldAndNamed() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) CLASSIFIER.get("log_rows");

        assertThat(rows.get(2).get("cells")).isEqualTo(List.of("**3000**", "**1.5**", "**0.3817**", "**0.8853**"));
        assertThat(CLASSIFIER).containsEntry("log_best_step", "3000");
        assertThat(CLASSIFIER.get("log_columns")).isEqualTo(List.of("Step", "Epoch", "loss", "val_accuracy"));
    }

    @Test
    void resultsCarryIntervalsArrowsAndSlices() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) CLASSIFIER.get("result_rows");

        assertThat(rows.get(0)).containsEntry("metric", "**accuracy**").containsEntry("arrow", " ↑")
                .containsEntry("ci", "[0.8641, 0.9048] (95%)").containsEntry("slice", "all");
        assertThat(rows.get(1)).containsEntry("slice", "label = positive");
        // 7 captured rows plus 2 from model-index; its accuracy restates the captured one and is shown once.
        assertThat(rows).hasSize(9);
    }

    @Test
    void perClassMetricsPivotLabelsAgainstMetrics() {
        @SuppressWarnings("unchecked")
        Map<String, Object> perClass = (Map<String, Object>) CLASSIFIER.get("class_metrics");

        assertThat(perClass.get("labels")).isEqualTo(List.of("positive", "negative"));
        assertThat(perClass.get("metrics")).isEqualTo(List.of("precision", "recall", "f1"));
    }

    @Test
    void factsAreFoundUnderTheirAliasesInHyperparameters() {
        Map<String, Object> ctx = CardContext.of(Fixtures.card("embedding-minilm"));

        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) ctx.get("facts");

        assertThat(facts).containsEntry("embedding_dimension", "384").containsEntry("similarity_function", "cosine")
                .containsEntry("max_seq_length", "256").containsEntry("pooling", "mean").containsEntry("labels", "");
        assertThat(facts).containsOnlyKeys(Facts.ALIASES.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void metadataExtraKeysWinOverHyperparametersForFacts() {
        Map<String, Object> ctx = CardContext.of(Fixtures.card("llm-tiny-chat"));

        assertThat((Map<Object, Object>) ctx.get("facts")).containsEntry("context_length", "4096").containsEntry("temperature", "0.7");
    }

    @Test
    void anOtherLicenceShowsItsNameLinked() {
        assertThat(CardContext.of(Fixtures.card("llm-tiny-chat"))).containsEntry("license", "[acme-research-license](LICENSE)");
    }

    @Test
    void datasetsAreSplitByRole() {
        assertThat((List<?>) CLASSIFIER.get("training_datasets")).hasSize(1);
        assertThat((List<?>) CLASSIFIER.get("evaluation_datasets")).hasSize(1);
    }

    @Test
    void theSameCardGivesAnEqualContext() {
        assertThat(CardContext.of(Fixtures.card("full-every-field"))).isEqualTo(CardContext.of(Fixtures.card("full-every-field")));
    }
}
