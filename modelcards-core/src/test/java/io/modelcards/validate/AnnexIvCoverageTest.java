package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.validate.AnnexIvPoint.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnnexIvCoverageTest {

    /** Each card field the pack reads, and the points that lose coverage when it is removed from the documented card. */
    static final Map<String, Set<String>> UNCOVERS = Map.ofEntries(
            Map.entry("/uses/direct_use", Set.of("1a")),
            Map.entry("/details/developers", Set.of("1a")),
            Map.entry("/details/version", Set.of("1a")),
            Map.entry("/compliance/integration", Set.of("1b")),
            Map.entry("/training/environment", Set.of("1c")),
            Map.entry("/compliance/distribution", Set.of("1d")),
            Map.entry("/compliance/target_hardware", Set.of("1e")),
            Map.entry("/compliance/product_markings", Set.of("1f")),
            Map.entry("/compliance/user_interface", Set.of("1g")),
            Map.entry("/details/how_to_get_started", Set.of("1h")),
            Map.entry("/uses/out_of_scope_use", Set.of("1h")),
            Map.entry("/training/procedure", Set.of("2a")),
            Map.entry("/details/description", Set.of("2b")),
            Map.entry("/details/architecture", Set.of("2b", "2c")),
            Map.entry("/training/compute", Set.of("2c")),
            Map.entry("/datasets", Set.of("2d")),
            Map.entry("/training/training_data", Set.of("2d")),
            Map.entry("/training/preprocessing", Set.of("2d")),
            Map.entry("/compliance/human_oversight", Set.of("2e", "3")),
            Map.entry("/compliance/predetermined_changes", Set.of("2f")),
            Map.entry("/evaluation/testing_data", Set.of("2g")),
            Map.entry("/evaluation/quantitative", Set.of("2g", "3")),
            Map.entry("/compliance/test_reports", Set.of("2g")),
            Map.entry("/compliance/cybersecurity", Set.of("2h")),
            Map.entry("/considerations/bias_risks_limitations", Set.of("3")),
            Map.entry("/evaluation/metrics", Set.of("4")),
            Map.entry("/governance/risk", Set.of("5")),
            Map.entry("/compliance/risk_management", Set.of("5")),
            Map.entry("/compliance/lifecycle_changes", Set.of("6")),
            Map.entry("/compliance/standards", Set.of("7")),
            Map.entry("/compliance/declaration_of_conformity", Set.of("8")),
            Map.entry("/compliance/post_market_monitoring", Set.of("9")));

    static Stream<String> fields() {
        return UNCOVERS.keySet().stream().sorted();
    }

    private static Set<String> uncovered(ModelCard card, RegistryEvidence evidence) {
        return AnnexIvCoverage.of(card, evidence).points().stream().filter(p -> p.coverage() != Coverage.COVERED)
                .map(p -> p.point().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static AnnexIvCoverage.Point point(ModelCard card, String id) {
        return AnnexIvCoverage.of(card, RegistryEvidence.NONE).points().stream().filter(p -> p.point().id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void thePackHasEveryPointOfAnnexIvInTheRegulationsOrder() {
        assertThat(AnnexIv.POINTS).extracting(AnnexIvPoint::label).containsExactly("1(a)", "1(b)", "1(c)", "1(d)", "1(e)", "1(f)",
                "1(g)", "1(h)", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)", "2(f)", "2(g)", "2(h)", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void everyPointCitesTheRegulationAndSaysWhatItAsks() {
        assertThat(AnnexIv.POINTS).allSatisfy(p -> {
            assertThat(p.citation()).isEqualTo("Regulation (EU) 2024/1689, Annex IV, point " + p.label());
            assertThat(p.text()).endsWith(".").hasSizeGreaterThan(30);
            assertThat(p.requirements()).isNotEmpty();
        });
    }

    @Test
    void theDocumentedCardCoversEveryPointWithoutARegistry() {
        assertThat(uncovered(AnnexIvCards.documented(), RegistryEvidence.NONE)).isEmpty();
    }

    @Test
    void theTableNamesEveryFieldThePackReads() {
        Set<String> read = AnnexIv.POINTS.stream().flatMap(p -> p.requirements().stream()).flatMap(r -> r.sources().stream())
                .map(s -> s instanceof Source.Field f ? f.pointer()
                        : s instanceof Source.SlicedResults ? Source.SlicedResults.POINTER : null)
                .filter(p -> p != null).collect(Collectors.toSet());
        assertThat(UNCOVERS.keySet()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void removingAFieldUncoversExactlyItsPoints(String pointer) {
        assertThat(uncovered(AnnexIvCards.without(pointer), RegistryEvidence.NONE)).isEqualTo(new TreeSet<>(UNCOVERS.get(pointer)));
    }

    @Test
    void theRegistrysReviewsAndHistoryStandInForTheCardsTestReportsAndChangeLog() {
        ModelCard card = AnnexIvCards.without("/compliance/test_reports", "/compliance/lifecycle_changes");
        assertThat(uncovered(card, RegistryEvidence.NONE)).containsExactly("2g", "6");
        assertThat(uncovered(card, RegistryEvidence.of(RegistryEvidence.Kind.REVIEWS))).containsExactly("6");
        assertThat(uncovered(card, RegistryEvidence.of(RegistryEvidence.Kind.REVIEWS, RegistryEvidence.Kind.HISTORY))).isEmpty();
    }

    @Test
    void aPointWithSomeRequirementsMetIsPartlyCoveredAndSaysWhatIsLeft() {
        AnnexIvCoverage.Point p = point(AnnexIvCards.without("/details/version"), "1a");
        assertThat(p.coverage()).isEqualTo(Coverage.PARTLY);
        assertThat(p.pointer()).isEqualTo("/details/version");
        assertThat(p.toWrite()).isEqualTo("write the system's version in the bullet \"- **Version:**\" under "
                + "\"## Model Details > ### Model Description\" in README.md (/details/version)");
    }

    @Test
    void aPointWithNoRequirementMetIsMissing() {
        assertThat(point(AnnexIvCards.without("/uses/direct_use", "/details/developers", "/details/version"), "1a").coverage())
                .isEqualTo(Coverage.MISSING);
    }

    @Test
    void resultsWithoutASliceLeavePointThreePartlyCovered() {
        ModelCard card = AnnexIvCards.documented();
        List<QuantitativeResult> overall = card.evaluation().quantitative().stream().filter(r -> r.slice().isEmpty()).toList();
        AnnexIvCoverage.Point p = point(card.withEvaluation(card.evaluation().withQuantitative(overall)), "3");
        assertThat(p.coverage()).isEqualTo(Coverage.PARTLY);
        assertThat(p.toWrite()).isEqualTo("record results broken down by the persons or groups the system is meant for as evaluation "
                + "results with a slice (/evaluation/quantitative)");
    }

    @Test
    void anUnratedRiskDoesNotCount() {
        // Removing the rating leaves the card's default, "unknown", which documents nothing.
        ModelCard card = AnnexIvCards.without("/governance/risk", "/compliance/risk_management");
        assertThat(card.governance().risk().text()).isEqualTo("unknown");
        assertThat(point(card, "5").coverage()).isEqualTo(Coverage.MISSING);
    }

    @Test
    void anEmptyCardMissesEveryPoint() {
        AnnexIvCoverage c = AnnexIvCoverage.of(ModelCard.empty(), RegistryEvidence.NONE);
        assertThat(c.count(Coverage.MISSING)).isEqualTo(AnnexIv.POINTS.size());
        assertThat(c.points()).allSatisfy(p -> assertThat(p.toWrite()).isNotBlank());
    }

    @Test
    void aRegistryOnlyRequirementPointsAtTheCardsRootAndNamesTheRegistry() {
        AnnexIvCoverage.Point p = AnnexIvCoverage.of(AnnexIvCards.without("/compliance/lifecycle_changes"), RegistryEvidence.NONE)
                .points().stream().filter(x -> x.point().id().equals("6")).findFirst().orElseThrow();
        assertThat(p.toWrite()).startsWith("keep the model's versions in a registry (their history and audit chain: evidence the "
                + "registry holds), or write the relevant changes made over the lifecycle under");
    }
}
