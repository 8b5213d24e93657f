package io.modelcards.registry.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.audit.ChainHead;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.workflow.State;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GateCheckTest {
    private static final ContentHash CURRENT = ContentHash.parse("sha256:" + "c".repeat(64));
    private static final ContentHash OLDER = ContentHash.parse("sha256:" + "a".repeat(64));
    private static final Verification VERIFIED = new Verification.Verified(ChainHead.GENESIS, 0);
    private static final GatePolicy POLICY = new GatePolicy(State.PUBLISHED,
            List.of(new GatePolicy.MetricBound("accuracy", "imdb", "test", 0.9, null)), true, true);

    private static ModelCard card(double accuracy) {
        ModelCard c = ModelCard.empty();
        c = c.withDetails(c.details().withName("sentiment").withVersion("1.0"));
        return c.withEvaluation(c.evaluation().withQuantitative(List.of(
                QuantitativeResultBuilder.builder().metric("accuracy").value(accuracy).dataset("imdb").split("test").build(),
                QuantitativeResultBuilder.builder().metric("accuracy").value(0.5).dataset("imdb").split("test")
                        .slice(Map.of("length", "long")).build())));
    }

    private static GateInput passing() {
        return new GateInput("sentiment", "1.0", State.PUBLISHED, CURRENT, CURRENT, VERIFIED, card(0.92), POLICY);
    }

    private static GateInput with(UnaryOperator<GateInput> change) {
        return change.apply(passing());
    }

    private static GateInput state(GateInput i, State s) {
        return new GateInput(i.model(), i.version(), s, i.approvedRevision(), i.currentRevision(), i.chain(), i.card(), i.policy());
    }

    private static GateInput approved(GateInput i, ContentHash approved) {
        return new GateInput(i.model(), i.version(), i.state(), approved, i.currentRevision(), i.chain(), i.card(), i.policy());
    }

    private static GateInput chain(GateInput i, Verification v) {
        return new GateInput(i.model(), i.version(), i.state(), i.approvedRevision(), i.currentRevision(), v, i.card(), i.policy());
    }

    private static GateInput card(GateInput i, ModelCard c) {
        return new GateInput(i.model(), i.version(), i.state(), i.approvedRevision(), c == null ? null : i.currentRevision(), i.chain(),
                c, i.policy());
    }

    private static GateInput policy(GateInput i, GatePolicy p) {
        return new GateInput(i.model(), i.version(), i.state(), i.approvedRevision(), i.currentRevision(), i.chain(), i.card(), p);
    }

    private static GatePolicy withRules(String rules) {
        try {
            return GatePolicy.parse("rules: " + rules + "\n", "gate.yaml");
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static ModelCard highRisk(String rationale) {
        ModelCard c = card(0.92);
        return c.withGovernance(c.governance().withRisk(RiskRating.HIGH).withRiskRationale(rationale));
    }

    private static ModelCard staleUse() {
        ModelCard c = card(0.92);
        c = c.withUses(c.uses().withDirectUse("Route reviews."));
        Facts before = new Facts("sentiment", "0.9", null, Map.of(), Map.of());
        return c.withProvenance(c.provenance().with("/uses/direct_use",
                new Origin.Human("ann", "README.md", "2026-01-01T00:00:00Z").withBasis(before)));
    }

    static Stream<Arguments> table() {
        String broken = "entry 12 does not hash to its stored hash: it was edited";
        return Stream.of(
            Arguments.of("a published, approved, verified card within the policy", passing(), List.of()),
            Arguments.of("in review", with(i -> state(i, State.IN_REVIEW)), List.of("state is in_review; published is required")),
            Arguments.of("deprecated", with(i -> state(i, State.DEPRECATED)), List.of("state is deprecated; published is required")),
            Arguments.of("approved when approved is required",
                    with(i -> state(policy(i, POLICY.withRequire(State.APPROVED)), State.APPROVED)), List.of()),
            Arguments.of("published when approved is required", with(i -> policy(i, POLICY.withRequire(State.APPROVED))), List.of()),
            Arguments.of("draft when approved is required", with(i -> state(policy(i, POLICY.withRequire(State.APPROVED)), State.DRAFT)),
                    List.of("state is draft; approved or published is required")),
            Arguments.of("changed after approval", with(i -> approved(i, OLDER)),
                    List.of("the card changed after approval: current " + CURRENT + " approved " + OLDER)),
            Arguments.of("never approved", with(i -> approved(i, null)), List.of("the card was never approved: current " + CURRENT)),
            Arguments.of("a broken chain", with(i -> chain(i, new Verification.Broken(12, Verification.Problem.HASH_MISMATCH, broken))),
                    List.of("the audit chain does not verify: " + broken)),
            Arguments.of("no approval before the chain's first bad entry",
                    with(i -> chain(approved(i, null), new Verification.Broken(12, Verification.Problem.HASH_MISMATCH, broken))),
                    List.of("no approval of the card is on the audit chain before its first bad entry: current " + CURRENT,
                            "the audit chain does not verify: " + broken)),
            Arguments.of("a metric below its minimum", with(i -> card(i, card(0.87))), List.of("accuracy on imdb/test is 0.87, below 0.9")),
            Arguments.of("a metric the card does not report", with(i -> policy(i, new GatePolicy(State.PUBLISHED,
                    List.of(new GatePolicy.MetricBound("f1", "imdb", null, 0.8, null)), true, true))),
                    List.of("f1 on imdb is missing: the card reports no such result, and the policy requires at least 0.8")),
            Arguments.of("a metric above its maximum", with(i -> policy(i, new GatePolicy(State.PUBLISHED,
                    List.of(new GatePolicy.MetricBound("accuracy", null, null, null, 0.9)), true, true))),
                    List.of("accuracy on imdb/test is 0.92, above 0.9")),
            Arguments.of("high risk without a rationale", with(i -> card(i, highRisk(" "))), List.of("the card is rated high risk and"
                    + " governance.risk_rationale is empty: write the mitigation and have it approved")),
            Arguments.of("high risk with an approved rationale", with(i -> card(i, highRisk("A person checks each output."))), List.of()),
            Arguments.of("high risk with no sign-off needed", with(i -> card(policy(i, new GatePolicy(State.PUBLISHED, List.of(), false,
                    true)), highRisk(null))), List.of()),
            Arguments.of("a stale human field", with(i -> card(i, staleUse())),
                    List.of("the human field /uses/direct_use is stale: version 0.9 → 1.0")),
            Arguments.of("an organisation's rule that fails", with(i -> policy(i, withRules(
                    "[{id: acme/licence, message: we ship under MIT, allowed_licenses: [mit]}]"))),
                    List.of("we ship under MIT: the card has no licence [acme/licence]")),
            Arguments.of("an organisation's rule that only warns", with(i -> policy(i, withRules(
                    "[{id: acme/licence, message: we ship under MIT, severity: warning, allowed_licenses: [mit]}]"))), List.of()),
            Arguments.of("no card", with(i -> card(i, null)),
                    List.of("the version has no card: upload one, have it approved and published")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachCheckFailsWithItsOwnReasonNamingValueAndRequirement(String name, GateInput input, List<String> reasons) {
        GateDecision d = GateCheck.decide(input);
        assertThat(d.reasons()).containsExactlyElementsOf(reasons);
        assertThat(d.pass()).isEqualTo(reasons.isEmpty());
    }

    @Test
    void everyReasonThatAppliesIsGivenNotOnlyTheFirst() {
        GateInput all = new GateInput("sentiment", "1.0", State.IN_REVIEW, OLDER, CURRENT,
                new Verification.Broken(3, Verification.Problem.SEQUENCE, "entry 3 is out of sequence"), highRisk(null), POLICY);
        GateDecision d = GateCheck.decide(all);
        assertThat(d.pass()).isFalse();
        assertThat(d.reasons()).hasSize(4).allSatisfy(r -> assertThat(r).doesNotContain("\n"));
        assertThat(d.summary()).isEqualTo("sentiment 1.0 fails the gate: 4 reasons");
    }

    @Test
    void aPassingSummaryNamesTheApprovedRevision() {
        assertThat(GateCheck.decide(passing()).summary()).startsWith("sentiment 1.0 passes the gate: published, its card " + CURRENT);
    }
}
