package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.EvalResult;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.Metadata;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** model-index ⇄ eval results with huggingface_hub's grouping, source and error rules. */
class ModelIndexTest {

    static EvalResult result(String taskName, String split, String metric, Object value, String sourceName, String sourceUrl) {
        return EvalResultBuilder.builder().taskType("text-classification").taskName(taskName).datasetType("imdb").datasetName("IMDb")
                .datasetConfig("plain_text").datasetSplit(split).metricType(metric).metricValue(value).sourceName(sourceName)
                .sourceUrl(sourceUrl).build();
    }

    static Metadata withResults(List<EvalResult> results) {
        return MetadataBuilder.builder().modelName("m").evalResults(results).build();
    }

    @Test
    void resultsWithTheSameTaskTypeDatasetConfigSplitAndRevisionShareOneEntryNamedAfterTheFirst() {
        List<Map<String, Object>> index = HfMetadata.modelIndex("m", List.of(
                result("Text Classification", "test", "accuracy", 0.9, null, null),
                result("Sentiment", "test", "f1", 0.8, null, null)));
        assertThat(index).isEqualTo(List.of(Map.of("name", "m", "results", List.of(Map.of(
                "task", Map.of("type", "text-classification", "name", "Text Classification"),
                "dataset", Map.of("name", "IMDb", "type", "imdb", "config", "plain_text", "split", "test"),
                "metrics", List.of(Map.of("type", "accuracy", "value", 0.9), Map.of("type", "f1", "value", 0.8)))))));
    }

    @Test
    void aDifferentSplitStartsANewEntryInFirstSeenOrder() {
        List<Map<String, Object>> index = HfMetadata.modelIndex("m", List.of(
                result(null, "test", "accuracy", 0.9, null, null), result(null, "validation", "accuracy", 0.91, null, null),
                result(null, "test", "f1", 0.8, null, null)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) index.get(0).get("results");
        assertThat(entries).hasSize(2);
        assertThat((List<?>) entries.get(0).get("metrics")).hasSize(2);
        assertThat(((Map<?, ?>) entries.get(1).get("dataset")).get("split")).isEqualTo("validation");
    }

    @Test
    void theSourceIsWrittenOnlyWhenItHasAUrlAndTheUrlComesFirst() {
        List<Map<String, Object>> withUrl = HfMetadata.modelIndex("m", List.of(result(null, "test", "acc", 1, "Leaderboard", "https://x")));
        List<Map<String, Object>> without = HfMetadata.modelIndex("m", List.of(result(null, "test", "acc", 1, null, null)));
        assertThat(PyYaml.dump(withUrl)).contains("  source:\n      url: https://x\n      name: Leaderboard\n");
        assertThat(PyYaml.dump(without)).doesNotContain("source");
    }

    @Test
    void metricFieldsAreWrittenInHuggingfaceHubsOrderAndNullsAreLeftOut() {
        EvalResult r = EvalResultBuilder.builder().taskType("t").datasetType("d").datasetName("D").datasetArgs(Map.of("k", 1))
                .metricType("m").metricValue("20.0 ± 1.2").metricName("M").metricConfig("cfg").metricArgs("plain").verified(true)
                .verifyToken("tok").build();
        String yaml = PyYaml.dump(HfMetadata.modelIndex(null, List.of(r)));
        assertThat(yaml).isEqualTo("- results:\n  - task:\n      type: t\n    dataset:\n      name: D\n      type: d\n      args:\n"
                + "        k: 1\n    metrics:\n    - type: m\n      value: 20.0 ± 1.2\n      name: M\n      config: cfg\n"
                + "      args: plain\n      verified: true\n      verifyToken: tok\n");
    }

    @Test
    void everyEntryIsFlattenedAndTheModelNameIsTheLastEntrysName() throws InvalidInputException {
        ModelCard c = ReadmeCodec.parse(Fixtures.readme("roundtrip/model-index-two-entries.md"), "x.md", false).card();
        assertThat(c.metadata().modelName()).isEqualTo("second");
        assertThat(c.metadata().evalResults()).extracting(EvalResult::datasetType).containsExactly("cnn_dailymail", "xsum");
        assertThat(c.metadata().evalResults().get(1).metricValue()).isEqualTo(21);
    }

    @Test
    void eachMetricOfAResultCarriesTheResultsTaskDatasetAndSource() throws InvalidInputException {
        ModelCard c = ReadmeCodec.parse(Fixtures.readme("roundtrip/model-index-full.md"), "x.md", false).card();
        List<EvalResult> rs = c.metadata().evalResults();
        assertThat(rs).hasSize(3);
        assertThat(rs.get(1)).isEqualTo(EvalResultBuilder.builder().taskType("text-classification").taskName("Text Classification")
                .datasetType("glue").datasetName("GLUE MRPC").datasetConfig("mrpc").datasetSplit("validation")
                .datasetRevision("5503434ddd753f426f4b38109466949a1217c2bb").datasetArgs(Map.of("subset", "mrpc", "max_samples", 400))
                .metricType("loss").metricValue(2e-05).sourceName("Open LLM Leaderboard")
                .sourceUrl("https://huggingface.co/spaces/open-llm-leaderboard").build());
        assertThat(rs.get(0).verified()).isTrue();
        assertThat(rs.get(2).metricValue()).isEqualTo("20.0 ± 1.2");
        assertThat(rs.get(2).sourceName()).isNull();
    }

    @Test
    void readingAndWritingTheModelIndexGivesTheSameResults() throws InvalidInputException {
        ModelCard c = ReadmeCodec.parse(Fixtures.readme("roundtrip/model-index-full.md"), "x.md", false).card();
        ModelCard fresh = ReadmeCodec.parse(ReadmeCodec.write(c.withSource(null)), "y.md", false).card();
        assertThat(fresh.metadata().evalResults()).isEqualTo(c.metadata().evalResults());
        assertThat(fresh.metadata().modelName()).isEqualTo("bert-mrpc");
    }

    @Test
    void anEmptyModelIndexIsIgnoredAsHuggingfaceHubIgnoresIt() throws InvalidInputException {
        ModelCard c = ReadmeCodec.parse(Fixtures.readme("roundtrip/model-index-empty.md"), "x.md", false).card();
        assertThat(c.metadata().evalResults()).isEmpty();
        assertThat(c.metadata().extra()).isEmpty();
        assertThat(HfMetadata.toDict(c.metadata())).doesNotContainKey("model-index");
    }

    @Test
    void aSourceNameWithoutUrlIsAnErrorAtTheName() {
        assertThatThrownBy(() -> ReadmeCodec.parse(Fixtures.readme("bad/model-index-source-name-without-url.md"), "r.md", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("r.md:10:13: error: `source:` has a name but no url: add `url:` under `source:` "
                        + "(huggingface_hub requires it) [hf/model-index-source]");
    }

    @Test
    void underLenientReadingAnInvalidModelIndexIsDroppedWithAWarningAndKeptVerbatim() throws InvalidInputException {
        String text = Fixtures.readme("bad/model-index-missing-dataset-name.md");
        ReadmeParse p = ReadmeCodec.parse(text, "r.md", true);
        assertThat(p.card().metadata().evalResults()).isEmpty();
        assertThat(p.card().metadata().extra()).containsKey("model-index");
        assertThat(p.problems()).extracting(Diagnostic::format).containsExactly("r.md:8:7: warning: invalid model-index: missing `name:`: "
                + "add `name:` (a readable dataset name) under `dataset:` (lenient: the model-index is kept as an unknown key and gives no"
                + " eval results) [hf/model-index-shape]");
        assertThat(ReadmeCodec.write(p.card())).isEqualTo(text);
    }

    @Test
    void toDictFollowsModelCardDataKeyOrderWithOtherKeysInReadmeOrderAndModelIndexLast() throws InvalidInputException {
        ModelCard c = ReadmeCodec.parse("---\nzeta: 1\nlicense: mit\nwidget:\n- text: hi\nlanguage: en\nalpha: 2\n"
                + "model-index: [{name: n, results: [{task: {type: t}, dataset: {type: d, name: D}, metrics: [{type: m, value: 1}]}]}]\n"
                + "base_model: b\ntags: [x, y, x]\n---\n", "r.md", false).card();
        Map<String, Object> d = HfMetadata.toDict(c.metadata(), c.source().scalarKeys(), c.source().metadataKeys());
        assertThat(d.keySet()).containsExactly("base_model", "language", "license", "tags", "zeta", "widget", "alpha", "model-index");
        assertThat(d.get("tags")).isEqualTo(List.of("x", "y"));
        assertThat(d.get("language")).isEqualTo("en");
    }

    @Test
    void toDictKeepsModelNameWhenThereAreNoEvalResultsAndDropsNullsAtEveryDepth() {
        Map<String, Object> nested = new LinkedHashMap<>(Map.of("k", "v"));
        nested.put("gone", null);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("nested", nested);
        extra.put("gone", null);
        Metadata m = MetadataBuilder.builder().license("mit").metrics(List.of("accuracy")).pipelineTag("fill-mask").modelName("named")
                .extra(extra).build();
        Map<String, Object> d = HfMetadata.toDict(m);
        assertThat(d.keySet()).containsExactly("license", "metrics", "model_name", "pipeline_tag", "nested");
        assertThat(d.get("nested")).isEqualTo(Map.of("k", "v"));
    }

    @Test
    void toYamlIsTheDictionaryAsPyYamlDumpsItWithoutTheFinalNewline() {
        Metadata m = MetadataBuilder.builder().language(List.of("no")).license("mit").tags(List.of("yes"))
                .extra(Map.of("learning_rate", 2e-05)).build();
        assertThat(HfMetadata.toYaml(m)).isEqualTo("language: 'no'\nlicense: mit\ntags:\n- 'yes'\nlearning_rate: 2.0e-05");
    }
}
