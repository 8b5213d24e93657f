package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Citation;
import io.modelcards.card.EmissionsBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Section;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import io.modelcards.testing.Fixtures;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a README reads into: typed metadata, template sections as fields, the rest kept verbatim, and positions. */
class ReadmeParseTest {

    static ReadmeParse parse(String corpusFile) throws InvalidInputException {
        return ReadmeCodec.parse(Fixtures.readme("roundtrip/" + corpusFile), corpusFile, false);
    }

    static ModelCard card(String corpusFile) throws InvalidInputException {
        return parse(corpusFile).card();
    }

    @Test
    void languageNoStaysTheStringNoWhileYesOnOffTagsAreBooleansAsHuggingfaceHubReadsThem() throws InvalidInputException {
        ModelCard c = card("language-no.md");
        assertThat(c.metadata().language()).containsExactly("no");
        assertThat(c.metadata().tags()).isEmpty();
        assertThat(c.metadata().extra()).containsEntry("tags", List.of(true, false, "y", "n"));
    }

    @Test
    void floatsAreNumbersAndTheirOriginalTextIsWrittenBack() throws InvalidInputException {
        ModelCard c = card("floats.md");
        // PyYAML reads 2e-05 as text (YAML 1.1 floats need a dot); 1.0e-4 is a number.
        assertThat(c.metadata().extra()).containsEntry("learning_rate", "2e-05").containsEntry("weight_decay", 1e-4)
                .containsEntry("warmup_ratio", 0.5).containsEntry("inf_text", ".inf");
        assertThat(ReadmeCodec.write(c)).contains("learning_rate: 2e-05\n", "dropout: 0.10\n");
    }

    @Test
    void integersKeepTheirSizeAndAreReadAsPyYamlReadsYaml11Integers() throws InvalidInputException {
        ModelCard c = card("big-ints.md");
        assertThat(c.metadata().extra()).containsEntry("parameters", new BigInteger("12345678901234567890123"))
                .containsEntry("steps", 4294967296L).containsEntry("small", 42).containsEntry("plus", 8)
                .containsEntry("leading_zero", 7).containsEntry("hex", 31).containsEntry("underscored", 1_000_000)
                .containsEntry("sexagesimal", 90).containsEntry("octal", "0o17");
    }

    @Test
    void datesStayText() throws InvalidInputException {
        assertThat(card("dates.md").metadata().extra()).containsEntry("released", "2023-01-15")
                .containsEntry("updated", "2024-02-29T10:30:00Z");
    }

    @Test
    void unknownKeysKeepTheirOrderAndNesting() throws InvalidInputException {
        ModelCard c = card("unknown-keys-nested.md");
        assertThat(c.metadata().extra().keySet()).containsExactly("thumbnail", "inference", "extra_gated_fields", "matrix",
                "empty_map", "empty_list", "null_value", "tilde", "booleans");
        assertThat(c.metadata().extra().get("booleans")).isEqualTo(List.of(true, false, true, false));
    }

    @Test
    void aliasesAreExpandedIntoTheirValues() throws InvalidInputException {
        ModelCard c = card("anchors-aliases.md");
        assertThat(c.metadata().extra().get("run_a")).isEqualTo(c.metadata().extra().get("base_params"));
        assertThat(c.metadata().tags()).containsExactly("x", "y");
    }

    @Test
    void theFilledHfTemplateFillsEveryMappedField() throws InvalidInputException {
        ModelCard c = card("hf-template-filled.md");
        assertThat(c.details().name()).isEqualTo("acme/sentiment-distilbert");
        assertThat(c.details().summary()).startsWith("A small sentiment classifier");
        assertThat(c.details().description()).isEqualTo("Fine-tuned DistilBERT that labels a review as positive or negative.");
        assertThat(c.details().developers()).isEqualTo("ACME Research");
        assertThat(c.details().fundedBy()).isEqualTo("ACME Corp.");
        assertThat(c.details().modelType()).isEqualTo("Text classification (encoder)");
        assertThat(c.details().repository()).isEqualTo("https://github.com/acme/sentiment");
        assertThat(c.details().demo()).isEqualTo("https://huggingface.co/spaces/acme/sentiment");
        assertThat(c.uses().directUse()).isEqualTo("Classify the sentiment of single movie reviews.");
        assertThat(c.uses().outOfScopeUse()).isEqualTo("Do not use it to judge people.");
        assertThat(c.considerations().biasRisksLimitations())
                .isEqualTo("Trained on IMDb only; reviews of other domains are misjudged.\n\nSarcasm is often missed.");
        assertThat(c.considerations().recommendations()).isEqualTo("Evaluate on your own data first.");
        assertThat(c.details().howToGetStarted()).startsWith("```python\n").contains("# prints a label");
        assertThat(c.training().trainingData()).contains("25k reviews");
        assertThat(c.training().preprocessing()).isEqualTo("Lower-cased, truncated to 512 tokens.");
        assertThat(c.evaluation().results()).startsWith("| metric | value |");
        assertThat(c.evaluation().summary()).isEqualTo("Strong on long reviews.");
        assertThat(c.details().architecture()).startsWith("DistilBERT, 6 layers");
        assertThat(c.details().citations()).containsExactly(new Citation("sanh2019distilbert",
                "@article{sanh2019distilbert,\n  title={DistilBERT},\n  author={Sanh, Victor},\n  year={2019}\n}",
                "Sanh, V. (2019). DistilBERT.", null));
        assertThat(c.details().contact()).isEqualTo("ana@example.org");
        assertThat(c.details().cardAuthors()).isEqualTo("Ana Pereira");
    }

    @Test
    void theFilledTemplatesCustomSubsectionsStayAsUnknownSections() throws InvalidInputException {
        // The Training regime and Environmental Impact bullets are typed fields, so their sections are no unknown ones.
        assertThat(card("hf-template-filled.md").sections()).extracting(Section::heading)
                .containsExactly("Hardware", "Software");
    }

    @Test
    void theEmptyHfTemplateGivesNoFieldsAndNoUnknownSections() throws InvalidInputException {
        ModelCard c = card("hf-template-empty.md");
        assertThat(c.details().name()).isNull();
        assertThat(c.uses().directUse()).isNull();
        assertThat(c.considerations().recommendations()).isNull();
        assertThat(c.details().howToGetStarted()).isNull();
        assertThat(c.details().citations()).isEmpty();
        assertThat(c.sections()).isEmpty();
    }

    @Test
    void headingsInsideCodeFencesAndHtmlCommentsDoNotCutSections() throws InvalidInputException {
        assertThat(card("code-fence-hash.md").details().howToGetStarted()).contains("# install", "## not a heading", "# inner");
        assertThat(card("html-comments.md").sections().get(0).body()).contains("# Not a heading", "## Neither");
    }

    @Test
    void unknownSectionsKeepTheirDocumentOrder() throws InvalidInputException {
        ModelCard c = card("unknown-sections-order.md");
        assertThat(c.sections()).extracting(Section::heading).containsExactly("Intro", "Appendix", "Appendix detail");
        assertThat(c.uses().directUse()).isEqualTo("Direct.");
    }

    @Test
    void aSecondCopyOfATemplateHeadingIsKeptAsAnUnknownSection() throws InvalidInputException {
        ModelCard c = card("duplicate-template-headings.md");
        assertThat(c.uses().directUse()).isEqualTo("First.");
        assertThat(c.sections()).extracting(Section::heading).contains("Direct Use");
    }

    @Test
    void emissionsAreReadAsANumberOrTheHfMappingAndOtherShapesStayUnknownKeys() throws InvalidInputException {
        assertThat(card("co2-number.md").metadata().co2EqEmissions()).isEqualTo(EmissionsBuilder.builder().emissions(149.2).build());
        assertThat(card("co2-mapping.md").metadata().co2EqEmissions())
                .isEqualTo(EmissionsBuilder.builder().emissions(572.0).source("codecarbon").trainingType("pre-training")
                        .geographicalLocation("Quebec, Canada").hardwareUsed("8 x V100").build());
        ModelCard extra = card("co2-extra-keys.md");
        assertThat(extra.metadata().co2EqEmissions()).isNull();
        assertThat(extra.metadata().extra()).containsKey("co2_eq_emissions");
    }

    @Test
    void aSingleLanguageOrBaseModelIsHeldAsAOneElementList() throws InvalidInputException {
        assertThat(card("base-model-scalar.md").metadata().baseModel()).containsExactly("meta-llama/Llama-2-7b-hf");
        assertThat(card("datasets-scalar.md").metadata().datasets()).containsExactly("squad");
    }

    @Test
    void cjkAndEmojiTextIsKept() throws InvalidInputException {
        ModelCard c = card("cjk-emoji.md");
        assertThat(c.details().name()).isEqualTo("中文模型 🤗");
        assertThat(c.metadata().tags()).contains("🤗 emoji");
        assertThat(c.uses().directUse()).isEqualTo("直接使用。 🎉");
    }

    @Test
    void crlfTextIsReadWithLfLineEndsInFieldValues() throws InvalidInputException {
        ModelCard c = card("crlf-basic.md");
        assertThat(c.uses().directUse()).isEqualTo("Transcribe speech.");
        assertThat(c.source().lineEnding()).isEqualTo("\r\n");
    }

    @Test
    void theSourceMapPointsAtValuesCountingTheFenceAsLineOne() throws InvalidInputException {
        SourceMap m = parse("model-index-full.md").sourceMap();
        assertThat(m.locate("/metadata/license")).contains(new SourceMap.Position(3, 10));
        assertThat(m.locate("/metadata/tags/0")).contains(new SourceMap.Position(5, 3));
        assertThat(m.locate("/metadata/eval_results/1/metric_value")).contains(new SourceMap.Position(35, 14));
        assertThat(m.locate("/metadata/eval_results/2/source_url")).contains(new SourceMap.Position(50, 12));
        assertThat(m.locate("/metadata/eval_results/0/dataset_args/max_samples")).contains(new SourceMap.Position(24, 22));
    }

    @Test
    void theSourceMapPointsBodyFieldsAtTheirHeading() throws InvalidInputException {
        SourceMap m = parse("unknown-sections-order.md").sourceMap();
        assertThat(m.locate("/uses/direct_use")).contains(new SourceMap.Position(13, 1));
        assertThat(m.locate("/sections/1")).contains(new SourceMap.Position(17, 1));
    }

    @Test
    void importedValuesAreMarkedAsWrittenByAPersonInTheReadme() throws InvalidInputException {
        ModelCard c = card("unknown-sections-order.md");
        Origin human = new Origin.Human(null, "unknown-sections-order.md");
        assertThat(c.provenance().originOf("/metadata/license")).isEqualTo(human);
        assertThat(c.provenance().originOf("/uses/direct_use")).isEqualTo(human);
        assertThat(c.provenance().originOf("/training/hyperparameters")).isNull();
    }

    @Test
    void aReadmeWithoutFrontMatterHasEmptyMetadataAndNoFences() throws InvalidInputException {
        ModelCard c = card("no-front-matter.md");
        assertThat(c.metadata().license()).isNull();
        assertThat(c.source().frontMatter()).isNull();
    }

    @Test
    void theByteOrderMarkIsRememberedAndNotPartOfTheMetadata() throws InvalidInputException {
        ModelCard c = card("bom-basic.md");
        assertThat(c.source().bom()).isTrue();
        assertThat(c.metadata().license()).isEqualTo("cc-by-4.0");
    }

    @Test
    void shapesHuggingfaceHubLoadsAreKeptAsWrittenInsteadOfRefused() throws InvalidInputException {
        String text = "---\ntags: [a, null]\ndatasets:\n- {name: x}\nlicense: [mit]\n---\n";
        ModelCard c = ReadmeCodec.parse(text, "r.md", false).card();
        assertThat(c.metadata().tags()).containsExactly("a");
        assertThat(c.metadata().extra()).containsEntry("tags", Arrays.asList("a", null))
                .containsEntry("datasets", List.of(Map.of("name", "x"))).containsEntry("license", List.of("mit"));
    }
}
