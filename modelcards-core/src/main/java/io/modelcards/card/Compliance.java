package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * What a provider's technical documentation under the EU AI Act (Regulation (EU) 2024/1689, Annex IV) needs beyond
 * the rest of the card, each in Markdown written by a person. Every value is optional: a card made outside the EU
 * leaves the part empty, and an empty part is not written to the card's JSON or YAML.
 *
 * <p>{@link ComplianceBuilder} builds one by naming each value; {@code withIntegration(…)} and the other withers change one value.
 *
 * @param integration          how the system interacts with hardware or software outside it, other AI systems included (1(b))
 * @param distribution         every form in which the system is placed on the market or put into service (1(d))
 * @param targetHardware       the hardware the system is meant to run on (1(e))
 * @param productMarkings      for a product component: illustrations of the product's markings and internal layout (1(f))
 * @param userInterface        the user interface given to the deployer (1(g))
 * @param humanOversight       the human-oversight measures and the aids that help deployers read the outputs (2(e))
 * @param predeterminedChanges changes planned in advance and how the system stays compliant through them (2(f))
 * @param testReports          where the dated test logs and reports, signed by the people responsible, are kept (2(g))
 * @param cybersecurity        the cybersecurity measures taken (2(h))
 * @param riskManagement       the risk management system under Article 9 (5)
 * @param lifecycleChanges     relevant changes made to the system over its lifecycle (6)
 * @param standards            harmonised standards applied, or the other standards and solutions used (7)
 * @param declarationOfConformity where the EU declaration of conformity is, or its text (8)
 * @param postMarketMonitoring the post-market monitoring plan and how performance is evaluated in use (9)
 */
@RecordBuilder
public record Compliance(String integration, String distribution, String targetHardware, String productMarkings,
        String userInterface, String humanOversight, String predeterminedChanges, String testReports, String cybersecurity,
        String riskManagement, String lifecycleChanges, String standards, String declarationOfConformity,
        String postMarketMonitoring) implements ComplianceBuilder.With {
    public static final Compliance EMPTY = ComplianceBuilder.builder().build();

    /** Whether any value is set; an empty part is left out of the card's JSON and YAML. */
    public boolean hasText() {
        return !equals(EMPTY);
    }

    /**
     * Jackson's value filter for {@link ModelCard#compliance()}: an empty part is left out, so that cards without
     * compliance text keep their JSON form (and content hash) apart from the schema version.
     */
    public static final class OmitWhenEmpty {
        @Override
        public boolean equals(Object other) {
            return other == null || other instanceof Compliance c && !c.hasText();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
