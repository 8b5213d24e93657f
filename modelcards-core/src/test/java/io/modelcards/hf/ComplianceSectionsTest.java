package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Compliance;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The Annex IV texts (schema 1.4) are sections of README.md under "## EU AI Act Technical Documentation". */
class ComplianceSectionsTest {

    private static ModelCard readme() throws InvalidInputException {
        return ReadmeCodec.parse(Fixtures.readme("roundtrip/annex-iv.md"), "README.md", false).card();
    }

    private static ModelCard documented() throws InvalidInputException {
        return CardCodec.fromJson(Fixtures.text("schema/1.4/annex-iv.json"), "annex-iv.json");
    }

    @Test
    void eachSectionFillsItsComplianceField() throws InvalidInputException {
        Compliance c = readme().compliance();
        assertThat(c.integration()).isEqualTo("Called by the loan origination system over an internal REST API; reads the credit "
                + "bureau record; no other AI system.");
        assertThat(c.humanOversight()).isEqualTo("An underwriter decides every application and can override the score:\n\n"
                + "- overrides are reviewed monthly;\n- the score is never shown without its reasons.");
        assertThat(c.standards()).isEqualTo("- ISO/IEC 42001:2023 (AI management system)\n- ISO/IEC 23894:2023 (AI risk management)");
        assertThat(c.declarationOfConformity()).isEqualTo("[DoC-2026-014](https://example.com/conformity/DoC-2026-014.pdf)");
        assertThat(c.postMarketMonitoring()).startsWith("Monthly AUC");
        assertThat(c).hasNoNullFieldsOrProperties();
    }

    @Test
    void aComplianceTextReadFromReadmeIsAPersonsText() throws InvalidInputException {
        assertThat(readme().provenance().originOf("/compliance/cybersecurity")).isInstanceOf(Origin.Human.class);
    }

    @Test
    void textAboveTheFirstComplianceSectionStaysAnUnknownSection() throws InvalidInputException {
        assertThat(readme().sections()).anySatisfy(s -> assertThat(s.body()).contains("This part answers Annex IV"));
    }

    @Test
    void aCardWithComplianceTextWritesSectionsThatReadBackTheSame() throws InvalidInputException {
        ModelCard card = documented();
        String written = ReadmeCodec.write(card);
        assertThat(written).contains("## EU AI Act Technical Documentation\n", "### Human Oversight Measures\n",
                "### Post-Market Monitoring Plan\n");
        assertThat(written.indexOf("## Governance")).isLessThan(written.indexOf("## EU AI Act Technical Documentation"));
        assertThat(ReadmeCodec.parse(written, "README.md", false).card().compliance()).isEqualTo(card.compliance());
    }

    @Test
    void aCardWithoutComplianceTextWritesNoComplianceHeading() throws InvalidInputException {
        ModelCard card = documented().withCompliance(Compliance.EMPTY);
        assertThat(ReadmeCodec.write(card)).doesNotContain("EU AI Act");
    }

    @Test
    void anEditedComplianceTextRewritesOnlyItsSection() throws InvalidInputException {
        String text = Fixtures.readme("roundtrip/annex-iv.md");
        ModelCard card = ReadmeCodec.parse(text, "README.md", false).card();
        ModelCard edited = card.withCompliance(card.compliance().withTargetHardware("ARM64 servers, Java 21."));
        assertThat(ReadmeCodec.write(edited)).isEqualTo(text.replace("x86-64 servers with 4 cores and 8 GB of memory, Java 17.",
                "ARM64 servers, Java 21."));
    }

    @Test
    void aComplianceFieldHasItsReadmePlace() {
        assertThat(ReadmePlaces.of("/compliance/human_oversight")).contains(
                "under \"## EU AI Act Technical Documentation > ### Human Oversight Measures\" in README.md");
    }
}
