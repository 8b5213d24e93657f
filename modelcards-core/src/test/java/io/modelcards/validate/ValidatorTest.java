package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.diagnostic.SourceMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void anUnknownLicenseIsReportedAtItsLineWithTheNearestValidId() {
        List<Diagnostic> problems = Cards.validate("schema_version: \"1.0\"\nmetadata:\n  tags: [a]\n  license: apach-2.0\n", Set.of());
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(3);
            assertThat(d.code()).isEqualTo("schema/license");
            assertThat(d.message()).contains("did you mean \"apache-2.0\"?");
        });
    }

    @Test
    void aProblemNamesTheCardFieldItConcernsAsAJsonPointer() {
        List<Diagnostic> problems = Cards.validate("schema_version: \"1.0\"\nmetadata:\n  tags: [a]\n  license: apach-2.0\n", Set.of());
        assertThat(problems).singleElement().extracting(Diagnostic::pointer).isEqualTo("/metadata/license");
    }

    @Test
    void thePrintedLineIsTheSameWithOrWithoutAPointer() {
        Diagnostic plain = Diagnostic.error("card.yaml", 4, 3, "schema/license", "unknown license");
        assertThat(plain.pointer()).isNull();
        assertThat(plain.atPointer("/metadata/license").format()).isEqualTo(plain.format())
                .isEqualTo("card.yaml:4:3: error: unknown license [schema/license]");
    }

    @Test
    void anSpdxIdInAnyCaseIsAValidLicenseForTheSchemaPack() {
        assertThat(Cards.validate("schema_version: \"1.0\"\nmetadata:\n  license: gpl-3.0-or-later\n", Set.of())).isEmpty();
    }

    @Test
    void theSchemaPackRunsEvenWhenNoPackIsAsked() {
        assertThat(Cards.validate("schema_version: \"1.0\"\nmetadata:\n  pipeline_tag: magic\n", Set.of()))
                .extracting(Diagnostic::code).containsExactly("schema/pipeline-tag");
    }

    @Test
    void theHfPackRunsOnlyWhenAsked() {
        String card = "schema_version: \"1.0\"\nmetadata:\n  tags: [NLP]\n";
        assertThat(Cards.validate(card, Set.of())).isEmpty();
        assertThat(Cards.validate(card, Set.of(RulePack.HF))).extracting(Diagnostic::code).containsExactly("hf/tag-case");
    }

    @Test
    void diagnosticsAreSortedByLineThenColumn() {
        String card = "schema_version: \"1.0\"\nmetadata:\n  pipeline_tag: magic\n  license: nope-nope-nope\n  language: [xx1, qqq]\n";
        List<Diagnostic> problems = Cards.validate(card, Set.of());
        assertThat(problems).extracting(Diagnostic::line).containsExactly(3, 4, 5, 5);
        assertThat(problems.get(2).column()).isLessThan(problems.get(3).column());
    }

    @Test
    void aProblemTheSourceMapCannotPlaceIsReportedAtLineOneColumnOne() {
        ModelCard card = ModelCard.empty().withMetadata(Metadata.EMPTY.withLicense("bogus-licence"));
        assertThat(Validator.validate(card, SourceMap.none("built.json"), Set.of(), ValidationOptions.DEFAULTS))
                .extracting(Diagnostic::format)
                .containsExactly("built.json:1:1: error: unknown license \"bogus-licence\": use a Hugging Face or SPDX licence id, "
                        + "or \"other\" with license_name and license_link [schema/license]");
    }

    @Test
    void validatingTheSameCardTwiceGivesEqualResults() {
        String card = "schema_version: \"1.0\"\nmetadata:\n  license: apache2\n  tags: [A, B]\n";
        assertThat(Cards.validate(card, EnumSet.allOf(RulePack.class))).isEqualTo(Cards.validate(card, EnumSet.allOf(RulePack.class)));
    }

    @Test
    void aLowerThresholdLetsAnIncompleteCardPassTheCompletePack() {
        String card = "schema_version: \"1.0\"\nuses:\n  direct_use: Sorting tickets.\n"
                + "considerations:\n  bias_risks_limitations: English only.\n";
        ModelCard c = Cards.yaml(card);
        SourceMap none = SourceMap.none("c.yaml");
        assertThat(Validator.validate(c, none, Set.of(RulePack.COMPLETE), ValidationOptions.DEFAULTS))
                .extracting(Diagnostic::code).contains("complete/score");
        assertThat(Validator.validate(c, none, Set.of(RulePack.COMPLETE), new ValidationOptions(0))).isEmpty();
    }

    @Test
    void theCompletePackWarnsAboutMissingIntendedUsesEvenAboveTheThreshold() {
        String card = "schema_version: \"1.0\"\nconsiderations:\n  bias_risks_limitations: English only.\n";
        assertThat(Validator.validate(Cards.yaml(card), SourceMap.none("c.yaml"), Set.of(RulePack.COMPLETE), new ValidationOptions(0)))
                .singleElement().satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.code()).isEqualTo("complete/human-section");
                    assertThat(d.message()).contains("uses.direct_use");
                });
    }

    @Test
    void anOtherLicenseWithNameAndLinkIsValid() {
        assertThat(Cards.validate(
                "schema_version: \"1.0\"\nmetadata:\n  license: other\n  license_name: acme-1.0\n  license_link: LICENSE\n",
                EnumSet.allOf(RulePack.class))).extracting(Diagnostic::code).doesNotContain("schema/license", "schema/license-other");
    }

    @Test
    void bcp47StyleLanguageTagsAreAccepted() {
        assertThat(Cards.validate(
                "schema_version: \"1.0\"\nmetadata:\n  language: [en, en-US, zh-Hans, zh-Hant-TW, es-419, deu, nob, 'no', gsw]\n",
                Set.of())).isEmpty();
    }

    @Test
    void anEvalResultWithAStringValueIsValid() {
        String card = "schema_version: \"1.0\"\nmetadata:\n  model_name: m\n  eval_results:\n    - {task_type: text-classification, "
                + "dataset_type: imdb, dataset_name: IMDb, metric_type: accuracy, metric_value: '91.2 ± 0.3'}\n";
        assertThat(Cards.validate(card, EnumSet.of(RulePack.HF))).isEmpty();
    }

    @Test
    void emissionsInGramsMatchingTheEnergyBlockAreNotFlagged() {
        String card = "schema_version: \"1.0\"\nmetadata:\n  co2_eq_emissions: {emissions: 1250}\ntraining:\n  energy: {co2_grams: 1250}\n";
        assertThat(Cards.validate(card, EnumSet.of(RulePack.HF))).isEmpty();
    }
}
