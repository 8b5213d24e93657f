package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.EvalResult;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.IntendedUseBuilder;
import io.modelcards.card.Metadata;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/**
 * Editing a card read from a README changes only the edited part of the README; the expected outputs are golden files
 * under readme/edit/.
 */
class ReadmeEditTest {

    static ModelCard card(String corpusFile) throws InvalidInputException {
        return ReadmeCodec.parse(Fixtures.readme("roundtrip/" + corpusFile), corpusFile, false).card();
    }

    /** Asserts {@code actual} equals the golden file {@code readme/edit/NAME}, byte for byte. */
    static AbstractStringAssert<?> assertGolden(String actual, String name) {
        return assertThat(actual).isEqualTo(Fixtures.readme("edit/" + name));
    }

    @Test
    void changingTheLicenseRewritesOnlyTheLicenseLine() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md");
        String out = ReadmeCodec.write(c.withMetadata(c.metadata().withLicense("mit")));
        assertGolden(out, "license-changed.md");
    }

    @Test
    void addingAnEvalResultRewritesOnlyTheModelIndex() throws InvalidInputException {
        ModelCard c = card("model-index-basic.md");
        Metadata m = c.metadata();
        List<EvalResult> results = new ArrayList<>(m.evalResults());
        results.add(EvalResultBuilder.builder().taskType("text-classification").taskName("Text Classification")
                .datasetType("rotten_tomatoes").datasetName("Rotten Tomatoes").datasetSplit("test")
                .metricType("accuracy").metricValue(0.871).metricName("Accuracy").build());
        assertGolden(ReadmeCodec.write(c.withMetadata(m.withEvalResults(results))), "eval-result-added.md");
    }

    @Test
    void aReemittedModelIndexKeepsHowItsUnchangedNumbersWereWritten() throws InvalidInputException {
        ModelCard c = card("model-index-full.md");
        Metadata m = c.metadata();
        List<EvalResult> results = new ArrayList<>(m.evalResults());
        results.add(EvalResultBuilder.builder().taskType("text-classification").datasetType("glue").datasetName("GLUE MRPC")
                .datasetConfig("mrpc").datasetSplit("test").metricType("accuracy").metricValue(1e-05)
                .sourceUrl("https://example.org/eval").build());
        String out = ReadmeCodec.write(c.withMetadata(m.withEvalResults(results)));
        assertThat(out).contains("      value: 2e-05\n", "      value: 0.8602941176470589\n", "      value: 1.0e-05\n")
                .doesNotContain("2.0e-05");
    }

    @Test
    void changingDirectUseRewritesOnlyItsSection() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md");
        ModelCard edited = c.withUses(c.uses().withDirectUse("Score reviews one at a time.\n\nBatching works too."));
        assertGolden(ReadmeCodec.write(edited), "direct-use-changed.md");
    }

    @Test
    void aCrlfReadmeStaysCrlfWhenAKeyChanges() throws InvalidInputException {
        ModelCard c = card("crlf-basic.md");
        String out = ReadmeCodec.write(c.withMetadata(c.metadata().withTags(List.of("audio", "asr", "whisper"))));
        assertGolden(out, "crlf-tags-changed.md").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void aCrlfReadmeStaysCrlfWhenABodyFieldChanges() throws InvalidInputException {
        ModelCard c = card("crlf-basic.md");
        String out = ReadmeCodec.write(
                c.withUses(IntendedUseBuilder.builder().directUse("Transcribe speech.\nAlso translate it.").build()));
        assertThat(out).isEqualTo(Fixtures.readme("roundtrip/crlf-basic.md")
                .replace("Transcribe speech.\r\n", "Transcribe speech.\r\nAlso translate it.\r\n"));
    }

    @Test
    void aNewFieldGetsItsSectionAtItsTemplatePlace() throws InvalidInputException {
        ModelCard c = card("unknown-sections-order.md");
        ModelCard edited = c.withUses(c.uses().withOutOfScopeUse("Not for medical advice."));
        assertGolden(ReadmeCodec.write(edited), "out-of-scope-added.md");
    }

    @Test
    void aRemovedKeyIsDeletedAndTheCommentsAroundItStay() throws InvalidInputException {
        ModelCard c = card("comments-everywhere.md");
        assertGolden(ReadmeCodec.write(c.withMetadata(c.metadata().withTags(List.of()))), "tags-removed.md");
    }

    @Test
    void changingAKeyThatDefinesAnAnchorUsedElsewhereRewritesTheFrontMatterSoThatItStillReads() throws InvalidInputException {
        ModelCard c = card("anchors-aliases.md");
        Map<String, Object> extra = new LinkedHashMap<>(c.metadata().extra());
        extra.put("base_params", Map.of("lr", 0.01));
        Metadata m = c.metadata();
        Metadata edited = MetadataBuilder.builder().language(m.language()).license(m.license()).tags(m.tags()).extra(extra).build();
        String out = ReadmeCodec.write(c.withMetadata(edited));
        ModelCard back = ReadmeCodec.parse(out, "out.md", false).card();
        assertThat(back.metadata().extra()).isEqualTo(extra);
        assertThat(back.metadata().tags()).containsExactly("x", "y");
    }

    @Test
    void newKeysAreAddedAfterTheExistingOnes() throws InvalidInputException {
        ModelCard c = card("minimal-license.md");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("thumbnail", "https://example.org/t.png");
        Metadata m = c.metadata();
        Metadata edited = MetadataBuilder.builder().language(List.of("en")).license(m.license()).libraryName("tribuo")
                .tags(List.of("tabular")).pipelineTag("tabular-classification").extra(extra).build();
        assertGolden(ReadmeCodec.write(c.withMetadata(edited)), "keys-added.md");
    }

    @Test
    void aRenamedModelRewritesOnlyTheTitleLine() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md");
        String out = ReadmeCodec.write(c.withDetails(c.details().withName("acme/sentiment-v2")));
        assertThat(out).isEqualTo(Fixtures.readme("roundtrip/hf-template-filled.md")
                .replace("# Model Card for acme/sentiment-distilbert\n", "# Model Card for acme/sentiment-v2\n"));
    }

    @Test
    void metadataAddedToAReadmeWithoutFrontMatterGetsFencesBeforeTheUnchangedBody() throws InvalidInputException {
        ModelCard c = card("no-front-matter.md");
        String out = ReadmeCodec.write(c.withMetadata(c.metadata().withLicense("mit")));
        assertThat(out).isEqualTo("---\nlicense: mit\n---\n" + Fixtures.readme("roundtrip/no-front-matter.md"));
    }

    @Test
    void aNewTitleGoesBeforeTheFirstHeading() throws InvalidInputException {
        ModelCard c = card("preamble-no-title.md");
        ModelDetails named = ModelDetailsBuilder.builder().name("acme/x").contact(c.details().contact()).build();
        assertThat(ReadmeCodec.write(c.withDetails(named))).isEqualTo("---\nlicense: mit\n---\n"
                + "Text right after the front matter, no blank line.\n\n# Model Card for acme/x\n\n"
                + "## Model Card Contact\n\nteam@example.org\n");
    }

    @Test
    void aNewSectionInAReadmeWithOnlyUnknownSectionsGoesAtTheEnd() throws InvalidInputException {
        ModelCard c = card("no-front-matter.md");
        ModelCard edited = c.withUses(IntendedUseBuilder.builder().directUse("Demos only.").build());
        assertThat(ReadmeCodec.write(edited)).isEqualTo(Fixtures.readme("roundtrip/no-front-matter.md")
                + "\n## Uses\n\n### Direct Use\n\nDemos only.\n");
    }

    @Test
    void aCardWithoutSourceIsWrittenAsHuggingfaceHubWouldWriteItsMetadata() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md").withSource(null);
        assertGolden(ReadmeCodec.write(c), "template-filled-without-source.md");
    }

    @Test
    void aCardWrittenWithoutSourceReadsBackToTheSameFields() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md").withSource(null);
        ModelCard back = ReadmeCodec.parse(ReadmeCodec.write(c), "out.md", false).card();
        assertThat(back.details()).isEqualTo(c.details());
        assertThat(back.uses()).isEqualTo(c.uses());
        assertThat(back.considerations()).isEqualTo(c.considerations());
        assertThat(back.training()).isEqualTo(c.training());
        assertThat(back.evaluation()).isEqualTo(c.evaluation());
        assertThat(back.metadata()).isEqualTo(c.metadata());
    }

    @Test
    void aCardBuiltByCodeGetsFrontMatterAndTemplateOrderedSections() {
        ModelCard c = ModelCard.empty()
                .withMetadata(MetadataBuilder.builder().language(List.of("en")).license("apache-2.0").libraryName("tribuo")
                        .tags(List.of("tabular", "tabular")).metrics(List.of("accuracy")).pipelineTag("tabular-classification")
                        .modelName("iris-sgd").evalResults(List.of(EvalResultBuilder.builder().taskType("tabular-classification")
                                .datasetType("iris").datasetName("Iris").datasetSplit("test").metricType("accuracy").metricValue(0.96)
                                .build())).build())
                .withDetails(ModelDetailsBuilder.builder().name("iris-sgd").summary("Logistic regression on Iris.")
                        .developers("Data Team").contact("data@example.org").build())
                .withUses(IntendedUseBuilder.builder().directUse("Teaching.").outOfScopeUse("Anything real.").build());
        assertGolden(ReadmeCodec.write(c), "built-by-code.md");
    }
}
