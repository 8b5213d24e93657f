package io.modelcards.capture.internal.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.capture.Evaluated;
import io.modelcards.capture.SliceMetrics;
import io.modelcards.card.Citation;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.DatasetStatisticsColumnBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every secret shape of the corpus, placed everywhere the recorder captures text, leaks into no output. */
class RedactionCorpusTest {

    static List<Arguments> corpus() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = Fixtures.stream(Fixtures.SECRET_CORPUS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], f[1].replace("\\n", "\n"), f[2]));
            }
        }
        return out;
    }

    @Test
    void theCorpusHasAtLeastThirtyShapes() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aSecretLeaksIntoNoOutput(String shape, String secret, String core) {
        ModelCard card = cardWith(secret);

        assertThat(secret).contains(core);
        for (String output : outputs(card)) {
            assertThat(output).contains(Secrets.REDACTED);
            assertThat(output.replaceAll("\\s+", "")).doesNotContain(core);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aSecretValueIsListedAsRedacted(String shape, String secret, String core) {
        ModelCard card = cardWith(secret);

        assertThat(card.training().hyperparameters().redacted()).contains("notes", "storage.uri");
        assertThat(card.training().hyperparameters().all()).containsEntry("notes", Secrets.REDACTED);
    }

    @Test
    void ordinaryValuesAreNotRedacted() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tokenizer", "bert-base-uncased");
        values.put("max_tokens", 512);
        values.put("pad_token", "[PAD]");
        values.put("learning_rate", 3e-5);
        values.put("output_dir", "/data/runs/exp-1");
        values.put("model_name_or_path", "sentence-transformers/all-MiniLM-L6-v2");
        values.put("dataset_url", "https://huggingface.co/datasets/imdb");
        values.put("optimizer", "adam");
        values.put("author", "Ada Lovelace");
        values.put("content_hash", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        values.put("commit", "0fd78db4c1a2e3f4a5b6c7d8e9f00112233445566");
        values.put("skip_connections", true);
        values.put("keyword_column", "text");
        CardRecorder r = CardRecorder.builder().setModelName("bert-base-uncased-imdb").build();
        r.trainingStarted(values, Map.of());
        r.onEvaluated(Evaluated.of(1, "LabelEvaluator", "imdb", "test", Map.of("eval_loss", 0.3)));

        ModelCard card = r.toCard();

        assertThat(card.training().hyperparameters().redacted()).isEmpty();
        assertThat(card.training().hyperparameters().all()).containsExactlyEntriesOf(values);
        assertThat(card.details().name()).isEqualTo("bert-base-uncased-imdb");
        assertThat(card.evaluation().quantitative().get(0).metric()).isEqualTo("eval_loss");
    }

    private static ModelCard cardWith(String secret) {
        CardRecorder r = CardRecorder.builder().setModelName("model " + secret).optTaskType("text-classification")
                .optConfig("storage", Map.of("uri", secret))
                .optDataset(DatasetInfoBuilder.builder().name("data " + secret).role("training").sourceUri(secret).revision(secret)
                        .split("train").rows(10L).statistics(DatasetStatisticsBuilder.builder().method("exact").rows(10)
                                .columns(List.of(DatasetStatisticsColumnBuilder.builder().name("col " + secret).type("string").count(10)
                                        .nulls(0).distinct(1L).quantiles(Map.of())
                                        .top(List.of(new DatasetStatistics.TopValue(secret, 10))).build())).build()).build())
                .optCitation(new Citation("key", "@misc{key,\n  title = {T},\n  note = {" + secret + "}\n}", secret, "c"))
                .build();
        r.trainingStarted(Map.of("notes", secret, "password", "hunter2", "lr", 0.1), Map.of("lr", 0.1));
        r.log(1, 0.5, Map.of("loss " + secret, 0.5));
        r.onEvaluated(Evaluated.of(1, "eval " + secret, "data " + secret, "test " + secret,
                        Map.of("accuracy " + secret, 0.9))
                .withSlices(List.of(new SliceMetrics(Map.of("source " + secret, "value " + secret),
                        Map.of("accuracy", 0.8)))));
        return r.toCard();
    }

    private static List<String> outputs(ModelCard card) {
        return Stream.of(CardCodec.toJson(card), CardCodec.toYaml(card), ReadmeCodec.write(card)).toList();
    }
}
