package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Considerations.Risk;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails.Owner;
import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README places modelcards adds for the fields the complete pack checks (owners and contacts, version, primary
 * intended users, ethical considerations, governance): each is read into its typed field, written back unchanged,
 * and rewritten alone when its field changes.
 */
class ReadmePlacesTest {
    private static final String DESCRIPTION = """
            # Model Card for acme/crescents

            Separates two crescents.

            ## Model Details

            ### Model Description

            A logistic regression.

            - **Developed by:** ACME ML
            - **Funded by [optional]:** [More Information Needed]
            - **Shared by [optional]:** [More Information Needed]
            - **Model type:** classifier (logistic regression)
            - **Language(s) (NLP):** [More Information Needed]
            - **License:** apache-2.0
            - **Finetuned from model [optional]:** [More Information Needed]
            - **Version:** 1.0.0
            - **Library:** tribuo
            - **Pipeline:** tabular-classification
            - **Labels:** O, X
            - **Number of labels:** 2
            """;

    private static final String SECTIONS = """
            ## Model Details

            ### Model Sources [optional]

            - **Repository:** [More Information Needed]

            ### Owners and Contacts

            - ACME ML (Research) (ml@acme.example)
            - Oncall

            ## Uses

            ### Out-of-Scope Use

            Medical decisions.

            ### Primary Intended Users

            Data scientists at ACME.

            ## Bias, Risks, and Limitations

            Synthetic data only.

            ### Recommendations

            Retrain on real data.

            ### Ethical Considerations

            | Risk | Mitigation |
            |------|------------|
            | Unfair \\| biased splits | Check each<br>release |
            | Drift | [More Information Needed] |

            ## Model Card Contact

            ml@acme.example

            ## Governance

            - **Risk rating:** low
            - **Rationale:** A demo on generated data.

            ### Business Context

            Teaching material.
            """;

    private static ModelCard read(String text) throws InvalidInputException {
        return ReadmeCodec.parse(text, "README.md", false).card();
    }

    @Test
    void theDescriptionBulletsAreReadPastTheCapturedFactBullets() throws InvalidInputException {
        ModelCard c = read(DESCRIPTION);
        assertThat(c.details().description()).isEqualTo("A logistic regression.");
        assertThat(c.details().developers()).isEqualTo("ACME ML");
        assertThat(c.details().modelType()).isEqualTo("classifier (logistic regression)");
        assertThat(c.details().version()).isEqualTo("1.0.0");
        assertThat(c.sections()).isEmpty();
    }

    @Test
    void changingTheVersionRewritesOnlyItsBulletAndKeepsTheFactBullets() throws InvalidInputException {
        ModelCard c = read(DESCRIPTION);
        String out = ReadmeCodec.write(c.withDetails(c.details().withVersion("1.1.0")));
        assertThat(out).isEqualTo(DESCRIPTION.replace("- **Version:** 1.0.0", "- **Version:** 1.1.0"));
    }

    @Test
    void aVersionNewToTheListGoesAfterTheBulletsBeforeItInTemplateOrder() throws InvalidInputException {
        ModelCard c = read(DESCRIPTION.replace("- **Version:** 1.0.0\n", ""));
        String out = ReadmeCodec.write(c.withDetails(c.details().withVersion("2.0.0")));
        assertThat(out).isEqualTo(DESCRIPTION.replace("- **Version:** 1.0.0", "- **Version:** 2.0.0"));
    }

    @Test
    void theLicenseBulletFillsTheLicenceWhenTheFrontMatterHasNoneAndWritesBackAsItWas() throws InvalidInputException {
        ModelCard c = read(DESCRIPTION);
        assertThat(c.metadata().license()).isEqualTo("apache-2.0");
        assertThat(ReadmeCodec.write(c)).isEqualTo(DESCRIPTION);
    }

    @Test
    void theFrontMatterLicenceWinsOverTheLicenseBullet() throws InvalidInputException {
        ModelCard c = read("---\nlicense: mit\n---\n" + DESCRIPTION);
        assertThat(c.metadata().license()).isEqualTo("mit");
        assertThat(c.provenance().origins()).doesNotContainKey("/metadata/license");
    }

    @Test
    void ownersAreReadOneBulletEachWithTheLastParenthesisAsContact() throws InvalidInputException {
        assertThat(read(SECTIONS).details().owners())
                .containsExactly(new Owner("ACME ML (Research)", "ml@acme.example"), new Owner("Oncall", null));
    }

    @Test
    void ownersWrittenWithoutBulletsAreReadOneALineAndWrittenBackAsTheyWere() throws InvalidInputException {
        String text = "### Owners and Contacts\n\nACME ML (ml@acme.example)\n";
        ModelCard c = read(text);
        assertThat(c.details().owners()).containsExactly(new Owner("ACME ML", "ml@acme.example"));
        assertThat(ReadmeCodec.write(c)).isEqualTo(text);
    }

    @Test
    void primaryUsersAreRead() throws InvalidInputException {
        assertThat(read(SECTIONS).uses().primaryUsers()).isEqualTo("Data scientists at ACME.");
    }

    @Test
    void ethicalConsiderationsAreReadFromTheTableWithEscapesUndone() throws InvalidInputException {
        assertThat(read(SECTIONS).considerations().ethicalConsiderations())
                .containsExactly(new Risk("Unfair | biased splits", "Check each\nrelease"), new Risk("Drift", null));
    }

    @Test
    void governanceBulletsAndBusinessContextAreRead() throws InvalidInputException {
        ModelCard c = read(SECTIONS);
        assertThat(c.governance().risk()).isEqualTo(RiskRating.LOW);
        assertThat(c.governance().riskRationale()).isEqualTo("A demo on generated data.");
        assertThat(c.governance().businessContext()).isEqualTo("Teaching material.");
        assertThat(c.sections()).isEmpty();
    }

    @Test
    void everyNewSectionIsMarkedAsWrittenByAPerson() throws InvalidInputException {
        assertThat(read(SECTIONS).provenance().origins()).containsKeys("/details/owners", "/uses/primary_users",
                "/considerations/ethical_considerations", "/governance/risk", "/governance/risk_rationale",
                "/governance/business_context");
    }

    @Test
    void anUnchangedCardWritesTheNewSectionsBackByteForByte() throws InvalidInputException {
        assertThat(ReadmeCodec.write(read(SECTIONS))).isEqualTo(SECTIONS);
    }

    @Test
    void anEditedOwnerListRewritesOnlyTheOwnersSection() throws InvalidInputException {
        ModelCard c = read(SECTIONS);
        String out = ReadmeCodec.write(c.withDetails(c.details().withOwners(List.of(new Owner("Data team", "data@acme.example")))));
        assertThat(out).isEqualTo(SECTIONS.replace("- ACME ML (Research) (ml@acme.example)\n- Oncall", "- Data team (data@acme.example)"));
    }

    @Test
    void anEditedRiskRewritesOnlyItsRow() throws InvalidInputException {
        ModelCard c = read(SECTIONS);
        List<Risk> risks = List.of(c.considerations().ethicalConsiderations().get(0), new Risk("Drift", "Monitor monthly."));
        String out = ReadmeCodec.write(c.withConsiderations(c.considerations().withEthicalConsiderations(risks)));
        assertThat(out).isEqualTo(SECTIONS.replace("| Drift | [More Information Needed] |", "| Drift | Monitor monthly. |"));
    }

    @Test
    void anEditedRiskRatingRewritesOnlyItsBullet() throws InvalidInputException {
        ModelCard c = read(SECTIONS);
        String out = ReadmeCodec.write(c.withGovernance(c.governance().withRisk(RiskRating.HIGH)));
        assertThat(out).isEqualTo(SECTIONS.replace("- **Risk rating:** low", "- **Risk rating:** high"));
    }

    @Test
    void anEditedPrimaryUsersTextRewritesOnlyItsSection() throws InvalidInputException {
        ModelCard c = read(SECTIONS);
        String out = ReadmeCodec.write(c.withUses(c.uses().withPrimaryUsers("Students.")));
        assertThat(out).isEqualTo(SECTIONS.replace("Data scientists at ACME.", "Students."));
    }

    @Test
    void placeholdersReadAsEmptyFields() throws InvalidInputException {
        ModelCard c = read("""
                ### Owners and Contacts

                [More Information Needed]

                ### Primary Intended Users

                [More Information Needed]

                ### Ethical Considerations

                | Risk | Mitigation |
                |------|------------|
                | [More Information Needed] | [More Information Needed] |

                ## Governance

                - **Risk rating:** unknown
                - **Rationale:** [More Information Needed]
                """);
        assertThat(c.details().owners()).isEmpty();
        assertThat(c.uses().primaryUsers()).isNull();
        assertThat(c.considerations().ethicalConsiderations()).isEmpty();
        assertThat(c.governance().risk()).isEqualTo(RiskRating.UNKNOWN);
        assertThat(c.governance().riskRationale()).isNull();
        assertThat(c.sections()).isEmpty();
    }

    @Test
    void aRiskRatingTheCardCannotHoldStaysAsThePersonWroteIt() throws InvalidInputException {
        String text = "## Governance\n\n- **Risk rating:** moderate\n- **Rationale:** Unsure.\n";
        ModelCard c = read(text);
        assertThat(c.governance().risk()).isEqualTo(RiskRating.UNKNOWN);
        assertThat(c.sections()).singleElement().satisfies(s -> assertThat(s.heading()).isEqualTo("Governance"));
        assertThat(ReadmeCodec.write(c)).isEqualTo(text);
    }

    @Test
    void freeTextUnderEthicalConsiderationsStaysAnUnknownSection() throws InvalidInputException {
        ModelCard c = read("## Ethical Considerations\n\nWe thought hard about it.\n");
        assertThat(c.considerations().ethicalConsiderations()).isEmpty();
        assertThat(c.sections()).singleElement().satisfies(s -> assertThat(s.body()).contains("We thought hard"));
    }

    @Test
    void newFieldsGetTheirSectionsAtTheirPlaceInTemplateOrder() throws InvalidInputException {
        String text = "## Uses\n\n### Out-of-Scope Use\n\nMedical decisions.\n\n## Model Card Contact\n\nml@acme.example\n";
        ModelCard c = read(text);
        c = c.withUses(c.uses().withPrimaryUsers("Analysts.")).withGovernance(c.governance().withBusinessContext("Fraud triage."));
        assertThat(ReadmeCodec.write(c)).isEqualTo("## Uses\n\n### Out-of-Scope Use\n\nMedical decisions.\n\n"
                + "### Primary Intended Users\n\nAnalysts.\n\n## Model Card Contact\n\nml@acme.example\n\n"
                + "## Governance\n\n- **Risk rating:** unknown\n- **Rationale:** [More Information Needed]\n\n"
                + "### Business Context\n\nFraud triage.\n");
    }

    @Test
    void aCardWithoutReadmeWritesOwnersAndRisksAsTheTemplateDoes() {
        ModelCard c = ModelCard.empty();
        c = c.withDetails(c.details().withOwners(List.of(new Owner("ACME", "a@acme.example"))))
                .withConsiderations(c.considerations().withEthicalConsiderations(List.of(new Risk("Bias", null))));
        assertThat(ReadmeCodec.write(c)).isEqualTo("## Model Details\n\n### Owners and Contacts\n\n- ACME (a@acme.example)\n\n"
                + "## Bias, Risks, and Limitations\n\n[More Information Needed]\n\n"
                + "### Ethical Considerations\n\n| Risk | Mitigation |\n|------|------------|\n"
                + "| Bias | [More Information Needed] |\n");
    }
}
