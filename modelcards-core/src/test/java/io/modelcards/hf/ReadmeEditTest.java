package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.EvalResult;
import io.modelcards.card.IntendedUse;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
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

    static Metadata withLicense(Metadata m, String license) {
        return new Metadata(m.language(), license, m.licenseName(), m.licenseLink(), m.libraryName(), m.tags(), m.datasets(),
                m.metrics(), m.baseModel(), m.pipelineTag(), m.modelName(), m.widget(), m.co2EqEmissions(), m.evalResults(), m.extra());
    }

    static Metadata withTags(Metadata m, List<String> tags) {
        return new Metadata(m.language(), m.license(), m.licenseName(), m.licenseLink(), m.libraryName(), tags, m.datasets(),
                m.metrics(), m.baseModel(), m.pipelineTag(), m.modelName(), m.widget(), m.co2EqEmissions(), m.evalResults(), m.extra());
    }

    @Test
    void changingTheLicenseRewritesOnlyTheLicenseLine() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md");
        String out = ReadmeCodec.write(c.withMetadata(withLicense(c.metadata(), "mit")));
        assertGolden(out, "license-changed.md");
    }

    @Test
    void addingAnEvalResultRewritesOnlyTheModelIndex() throws InvalidInputException {
        ModelCard c = card("model-index-basic.md");
        Metadata m = c.metadata();
        List<EvalResult> results = new ArrayList<>(m.evalResults());
        results.add(new EvalResult("text-classification", "Text Classification", "rotten_tomatoes", "Rotten Tomatoes", null, "test",
                null, null, "accuracy", 0.871, "Accuracy", null, null, null, null, null, null));
        Metadata edited = new Metadata(m.language(), m.license(), m.licenseName(), m.licenseLink(), m.libraryName(), m.tags(),
                m.datasets(), m.metrics(), m.baseModel(), m.pipelineTag(), m.modelName(), m.widget(), m.co2EqEmissions(), results, m.extra());
        assertGolden(ReadmeCodec.write(c.withMetadata(edited)), "eval-result-added.md");
    }

    @Test
    void aReemittedModelIndexKeepsHowItsUnchangedNumbersWereWritten() throws InvalidInputException {
        ModelCard c = card("model-index-full.md");
        Metadata m = c.metadata();
        List<EvalResult> results = new ArrayList<>(m.evalResults());
        results.add(new EvalResult("text-classification", null, "glue", "GLUE MRPC", "mrpc", "test", null, null, "accuracy", 1e-05,
                null, null, null, null, null, null, "https://example.org/eval"));
        Metadata edited = new Metadata(m.language(), m.license(), m.licenseName(), m.licenseLink(), m.libraryName(), m.tags(),
                m.datasets(), m.metrics(), m.baseModel(), m.pipelineTag(), m.modelName(), m.widget(), m.co2EqEmissions(), results, m.extra());
        String out = ReadmeCodec.write(c.withMetadata(edited));
        assertThat(out).contains("      value: 2e-05\n", "      value: 0.8602941176470589\n", "      value: 1.0e-05\n")
                .doesNotContain("2.0e-05");
    }

    @Test
    void changingDirectUseRewritesOnlyItsSection() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md");
        IntendedUse u = c.uses();
        ModelCard edited = c.withUses(new IntendedUse("Score reviews one at a time.\n\nBatching works too.", u.downstreamUse(),
                u.outOfScopeUse(), u.primaryUsers()));
        assertGolden(ReadmeCodec.write(edited), "direct-use-changed.md");
    }

    @Test
    void aCrlfReadmeStaysCrlfWhenAKeyChanges() throws InvalidInputException {
        ModelCard c = card("crlf-basic.md");
        String out = ReadmeCodec.write(c.withMetadata(withTags(c.metadata(), List.of("audio", "asr", "whisper"))));
        assertGolden(out, "crlf-tags-changed.md").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void aCrlfReadmeStaysCrlfWhenABodyFieldChanges() throws InvalidInputException {
        ModelCard c = card("crlf-basic.md");
        String out = ReadmeCodec.write(c.withUses(new IntendedUse("Transcribe speech.\nAlso translate it.", null, null, null)));
        assertThat(out).isEqualTo(Fixtures.readme("roundtrip/crlf-basic.md")
                .replace("Transcribe speech.\r\n", "Transcribe speech.\r\nAlso translate it.\r\n"));
    }

    @Test
    void aNewFieldGetsItsSectionAtItsTemplatePlace() throws InvalidInputException {
        ModelCard c = card("unknown-sections-order.md");
        IntendedUse u = c.uses();
        ModelCard edited = c.withUses(new IntendedUse(u.directUse(), u.downstreamUse(), "Not for medical advice.", u.primaryUsers()));
        assertGolden(ReadmeCodec.write(edited), "out-of-scope-added.md");
    }

    @Test
    void aRemovedKeyIsDeletedAndTheCommentsAroundItStay() throws InvalidInputException {
        ModelCard c = card("comments-everywhere.md");
        assertGolden(ReadmeCodec.write(c.withMetadata(withTags(c.metadata(), List.of()))), "tags-removed.md");
    }

    @Test
    void changingAKeyThatDefinesAnAnchorUsedElsewhereRewritesTheFrontMatterSoThatItStillReads() throws InvalidInputException {
        ModelCard c = card("anchors-aliases.md");
        Map<String, Object> extra = new LinkedHashMap<>(c.metadata().extra());
        extra.put("base_params", Map.of("lr", 0.01));
        Metadata m = c.metadata();
        Metadata edited = new Metadata(m.language(), m.license(), null, null, null, m.tags(), null, null, null, null, null, null, null,
                null, extra);
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
        Metadata edited = new Metadata(List.of("en"), m.license(), null, null, "tribuo", List.of("tabular"), null, null, null,
                "tabular-classification", null, null, null, null, extra);
        assertGolden(ReadmeCodec.write(c.withMetadata(edited)), "keys-added.md");
    }

    @Test
    void aRenamedModelRewritesOnlyTheTitleLine() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md");
        ModelDetails d = c.details();
        ModelDetails renamed = new ModelDetails("acme/sentiment-v2", d.summary(), d.description(), d.developers(), d.fundedBy(),
                d.sharedBy(), d.version(), d.date(), d.modelType(), d.architecture(), d.owners(), d.repository(), d.paper(), d.demo(),
                d.references(), d.citations(), d.howToGetStarted(), d.cardAuthors(), d.contact(), d.glossary(), d.moreInformation());
        String out = ReadmeCodec.write(c.withDetails(renamed));
        assertThat(out).isEqualTo(Fixtures.readme("roundtrip/hf-template-filled.md")
                .replace("# Model Card for acme/sentiment-distilbert\n", "# Model Card for acme/sentiment-v2\n"));
    }

    @Test
    void metadataAddedToAReadmeWithoutFrontMatterGetsFencesBeforeTheUnchangedBody() throws InvalidInputException {
        ModelCard c = card("no-front-matter.md");
        String out = ReadmeCodec.write(c.withMetadata(withLicense(c.metadata(), "mit")));
        assertThat(out).isEqualTo("---\nlicense: mit\n---\n" + Fixtures.readme("roundtrip/no-front-matter.md"));
    }

    @Test
    void aNewTitleGoesBeforeTheFirstHeading() throws InvalidInputException {
        ModelCard c = card("preamble-no-title.md");
        ModelDetails d = c.details();
        ModelDetails named = new ModelDetails("acme/x", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, d.contact(), null, null);
        assertThat(ReadmeCodec.write(c.withDetails(named))).isEqualTo("---\nlicense: mit\n---\n"
                + "Text right after the front matter, no blank line.\n\n# Model Card for acme/x\n\n## Model Card Contact\n\nteam@example.org\n");
    }

    @Test
    void aNewSectionInAReadmeWithOnlyUnknownSectionsGoesAtTheEnd() throws InvalidInputException {
        ModelCard c = card("no-front-matter.md");
        ModelCard edited = c.withUses(new IntendedUse("Demos only.", null, null, null));
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
                .withMetadata(new Metadata(List.of("en"), "apache-2.0", null, null, "tribuo", List.of("tabular", "tabular"), null,
                        List.of("accuracy"), null, "tabular-classification", "iris-sgd", null, null,
                        List.of(new EvalResult("tabular-classification", null, "iris", "Iris", null, "test", null, null, "accuracy",
                                0.96, null, null, null, null, null, null, null)), null))
                .withDetails(new ModelDetails("iris-sgd", "Logistic regression on Iris.", null, "Data Team", null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, "data@example.org", null, null))
                .withUses(new IntendedUse("Teaching.", null, "Anything real.", null));
        assertGolden(ReadmeCodec.write(c), "built-by-code.md");
    }
}
