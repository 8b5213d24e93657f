package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetailsBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuiltinTemplatesTest {

    private static ModelCard typed(String modelType) {
        return ModelCard.empty().withDetails(ModelDetailsBuilder.builder().modelType(modelType).build());
    }

    private static ModelCard meta(String pipelineTag, String library, List<String> tags) {
        return ModelCard.empty().withMetadata(MetadataBuilder.builder().libraryName(library).tags(tags).pipelineTag(pipelineTag).build());
    }

    @Test
    void aCardWithNoKindGetsTheDefaultTemplate() {
        assertThat(BuiltinTemplates.choose(ModelCard.empty())).isEqualTo(BuiltinTemplate.DEFAULT);
    }

    @Test
    void aTextClassifierModelTypeChoosesTheClassifier() {
        assertThat(BuiltinTemplates.choose(typed("Text Classifier"))).isEqualTo(BuiltinTemplate.CLASSIFIER);
    }

    @Test
    void aClassificationPipelineTagChoosesTheClassifier() {
        assertThat(BuiltinTemplates.choose(meta("image-classification", null, null))).isEqualTo(BuiltinTemplate.CLASSIFIER);
    }

    @Test
    void aLogisticRegressionIsAClassifierNotARegressor() {
        assertThat(BuiltinTemplates.choose(typed("Linear classifier (logistic regression)"))).isEqualTo(BuiltinTemplate.CLASSIFIER);
        assertThat(BuiltinTemplates.choose(typed("logistic regression"))).isEqualTo(BuiltinTemplate.CLASSIFIER);
    }

    @Test
    void aRegressorModelTypeChoosesTheRegressor() {
        assertThat(BuiltinTemplates.choose(typed("gradient boosted regressor"))).isEqualTo(BuiltinTemplate.REGRESSOR);
    }

    @Test
    void theTabularRegressionPipelineChoosesTheRegressor() {
        assertThat(BuiltinTemplates.choose(meta("tabular-regression", null, null))).isEqualTo(BuiltinTemplate.REGRESSOR);
    }

    @Test
    void theSentenceSimilarityPipelineChoosesTextEmbedding() {
        assertThat(BuiltinTemplates.choose(meta("sentence-similarity", null, null))).isEqualTo(BuiltinTemplate.TEXT_EMBEDDING);
    }

    @Test
    void theSentenceTransformersLibraryAloneChoosesTextEmbedding() {
        assertThat(BuiltinTemplates.choose(meta(null, "sentence-transformers", null))).isEqualTo(BuiltinTemplate.TEXT_EMBEDDING);
    }

    @Test
    void aFeatureExtractionPipelineWithASparseTagChoosesTheSparseEncoder() {
        assertThat(BuiltinTemplates.choose(meta("feature-extraction", "sentence-transformers", List.of("splade"))))
                .isEqualTo(BuiltinTemplate.SPARSE_ENCODER);
    }

    @Test
    void aSparseModelTypeChoosesTheSparseEncoderBeforeEmbedding() {
        assertThat(BuiltinTemplates.choose(typed("sparse embedding model"))).isEqualTo(BuiltinTemplate.SPARSE_ENCODER);
    }

    @Test
    void theTextRankingPipelineChoosesTheReranker() {
        assertThat(BuiltinTemplates.choose(meta("text-ranking", null, null))).isEqualTo(BuiltinTemplate.RERANKER);
    }

    @Test
    void aCrossEncoderModelTypeChoosesTheRerankerNotTheEncoderKinds() {
        assertThat(BuiltinTemplates.choose(typed("Cross Encoder"))).isEqualTo(BuiltinTemplate.RERANKER);
    }

    @Test
    void theTextGenerationPipelineChoosesTextGeneration() {
        assertThat(BuiltinTemplates.choose(meta("text-generation", null, null))).isEqualTo(BuiltinTemplate.TEXT_GENERATION);
    }

    @Test
    void aCausalLanguageModelTypeChoosesTextGeneration() {
        assertThat(BuiltinTemplates.choose(typed("causal language model"))).isEqualTo(BuiltinTemplate.TEXT_GENERATION);
    }

    @Test
    void theModelTypeWinsOverThePipelineTag() {
        ModelCard card = typed("regressor").withMetadata(meta("text-classification", null, null).metadata());

        assertThat(BuiltinTemplates.choose(card)).isEqualTo(BuiltinTemplate.REGRESSOR);
    }

    @ParameterizedTest
    @EnumSource(BuiltinTemplate.class)
    void anAssembledTemplateKeepsNoBlockMarkerAndNoFinalLineEnd(BuiltinTemplate t) {
        String source = BuiltinTemplates.source(t);

        assertThat(source).doesNotContain("{# block").doesNotContain("{# endblock").doesNotEndWith("\n");
    }

    @ParameterizedTest
    @EnumSource(value = BuiltinTemplate.class, names = "DEFAULT", mode = EnumSource.Mode.EXCLUDE)
    void everySpecialisationDiffersFromTheDefault(BuiltinTemplate t) {
        assertThat(BuiltinTemplates.source(t)).isNotEqualTo(BuiltinTemplates.source(BuiltinTemplate.DEFAULT));
    }

    @Test
    void theDefaultTemplateHasEverySectionOfTheHuggingFaceDefaultTemplate() throws Exception {
        String hf = new String(getClass().getResourceAsStream("/hf/modelcard_template.md").readAllBytes(), StandardCharsets.UTF_8);
        String ours = BuiltinTemplates.source(BuiltinTemplate.DEFAULT);

        String body = hf.substring(hf.indexOf("\n---\n") + 5);
        body.lines().filter(l -> l.startsWith("#")).map(String::strip).filter(l -> !l.startsWith("# Model Card for"))
                .forEach(heading -> assertThat(ours).as("heading %s", heading).containsPattern("(?m)^" + Pattern.quote(heading) + "$"));
    }

    @Test
    void idsLookUpTheirTemplate() {
        assertThat(BuiltinTemplate.byId("text-embedding")).isEqualTo(BuiltinTemplate.TEXT_EMBEDDING);
        assertThat(BuiltinTemplate.byId("nope")).isNull();
    }
}
