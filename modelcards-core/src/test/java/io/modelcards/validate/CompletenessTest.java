package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.validate.CompletenessReport.Part;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private static ModelCard fixture(String name) throws Exception {
        return CardCorpus.read(Path.of(CompletenessTest.class.getResource("/schema/1.0/" + name).toURI()));
    }

    @Test
    void anEmptyCardScoresZero() {
        CompletenessReport r = Completeness.score(ModelCard.empty());
        assertThat(r.overall()).isZero();
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.filled()).isZero());
    }

    @Test
    void aCardWithEveryFieldScoresOneHundred() throws Exception {
        CompletenessReport r = Completeness.score(fixture("full.json"));
        assertThat(r.overall()).isEqualTo(100);
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.missing()).isEmpty());
    }

    @Test
    void theReportHasTheEightSectionsInCardOrder() {
        assertThat(Completeness.score(ModelCard.empty()).sections()).extracting(CompletenessReport.Section::name).containsExactly(
                "Model Details", "Uses", "Bias, Risks & Limitations", "Training", "Evaluation", "Environmental Impact", "Citation",
                "Governance");
    }

    @Test
    void aPlaceholderCountsAsEmpty() {
        ModelCard card = Cards.yaml(
                "schema_version: \"1.0\"\nuses:\n  direct_use: \"[More Information Needed]\"\n  primary_users: Analysts.\n");
        CompletenessReport.Section uses = Completeness.score(card).section("Uses");
        assertThat(uses.filled()).isEqualTo(1);
        assertThat(uses.missing()).extracting(CompletenessReport.Field::pointer).startsWith("/uses/direct_use");
    }

    @Test
    void placeholderDetectionIgnoresCaseMarkdownAndWhitespace() {
        assertThat(Completeness.isFilled("  **[more information needed]**\n")).isFalse();
        assertThat(Completeness.isFilled("- [More Information Needed]\n- [More Information Needed]")).isFalse();
        assertThat(Completeness.isFilled("[More Information Needed] except that it runs on CPUs")).isTrue();
        assertThat(Completeness.isFilled(List.of("", " "))).isFalse();
    }

    @Test
    void sectionsSplitTheirFieldsIntoAutomaticAndHumanParts() throws Exception {
        CompletenessReport.Section training = Completeness.score(fixture("provenance.json")).section("Training");
        assertThat(training.total(Part.AUTO)).isEqualTo(4);
        assertThat(training.total(Part.HUMAN)).isEqualTo(1);
        assertThat(training.filled(Part.AUTO)).isEqualTo(3);
        assertThat(training.filled(Part.HUMAN)).isZero();
    }

    @Test
    void theOverallScoreIsTheMeanOfTheSectionFractionsRounded() {
        // Uses 1/4 and Governance 1/3 (risk rated): (0.25 + 0.333…) / 8 = 7.29 %, rounded to 7.
        ModelCard card = Cards.yaml("schema_version: \"1.0\"\nuses:\n  direct_use: x\ngovernance:\n  risk: low\n");
        assertThat(Completeness.score(card).overall()).isEqualTo(7);
    }

    @Test
    void anUnknownRiskRatingDoesNotCountAsFilled() {
        ModelCard card = Cards.yaml("schema_version: \"1.0\"\ngovernance:\n  risk: unknown\n");
        assertThat(Completeness.score(card).section("Governance").filled()).isZero();
    }
}
