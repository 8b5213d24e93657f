package io.modelcards.registry.gate;

import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.diagnostic.SourceMap;
import io.modelcards.policy.CardResults;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.workflow.State;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployment gate's decision, a pure function of its {@link GateInput}: a version passes only when it is in the
 * required state, its current card is the revision that was approved, the audit chain verifies, and the policy's
 * bounds hold. Every failing check gives its reason; none stops the others.
 */
public final class GateCheck {
    private GateCheck() {}

    /** Decides on {@code in}: pass, or every reason not to, one line each. */
    public static GateDecision decide(GateInput in) {
        List<String> reasons = new ArrayList<>();
        GatePolicy policy = in.policy();
        state(in, policy, reasons);
        if (in.currentRevision() == null || in.card() == null) {
            reasons.add("the version has no card: upload one, have it approved and published");
        } else if (in.approvedRevision() == null) {
            // An approval after the chain's first bad entry is not trusted: say so rather than that there was none.
            reasons.add(in.chain() instanceof Verification.Broken
                    ? "no approval of the card is on the audit chain before its first bad entry: current " + in.currentRevision()
                    : "the card was never approved: current " + in.currentRevision());
        } else if (!in.approvedRevision().equals(in.currentRevision())) {
            reasons.add("the card changed after approval: current " + in.currentRevision() + " approved " + in.approvedRevision());
        }
        if (in.chain() instanceof Verification.Broken b) {
            reasons.add("the audit chain does not verify: " + b.message());
        }
        if (in.card() != null) {
            metrics(in.card(), policy, reasons);
            if (policy.riskHighNeedsSignoff()) {
                signoff(in, reasons);
            }
            for (Diagnostic d : policy.rules().check(in.card(), SourceMap.none(in.model() + " " + in.version()))) {
                if (d.severity() == Severity.ERROR) {
                    reasons.add(d.message() + " [" + d.code() + "]");
                }
            }
            if (policy.noStale()) {
                for (StaleField f : Staleness.of(in.card())) {
                    reasons.add("the human field " + f.pointer() + " is stale: " + String.join("; ", f.reasons()));
                }
            }
        }
        String who = in.model() + " " + in.version();
        String summary = reasons.isEmpty()
                ? who + " passes the gate: " + in.state().id() + ", its card " + in.currentRevision() + " is the approved one, the audit"
                        + " chain verifies, and the policy holds"
                : who + " fails the gate: " + reasons.size() + (reasons.size() == 1 ? " reason" : " reasons");
        return new GateDecision(reasons.isEmpty(), reasons, summary);
    }

    private static void state(GateInput in, GatePolicy policy, List<String> reasons) {
        if (policy.require() == State.PUBLISHED && in.state() != State.PUBLISHED) {
            reasons.add("state is " + in.state().id() + "; published is required");
        } else if (policy.require() == State.APPROVED && in.state() != State.APPROVED && in.state() != State.PUBLISHED) {
            reasons.add("state is " + in.state().id() + "; approved or published is required");
        }
    }

    private static void metrics(ModelCard card, GatePolicy policy, List<String> reasons) {
        List<CardResults.Result> results = CardResults.of(card);
        for (GatePolicy.MetricBound bound : policy.metrics()) {
            List<CardResults.Result> found = results.stream().filter(r -> bound.matches(r.type(), r.dataset(), r.split())).toList();
            if (found.isEmpty()) {
                reasons.add(bound.describe() + " is missing: the card reports no such result, and the policy requires "
                        + limits(bound));
            }
            for (CardResults.Result r : found) {
                String what = r.type() + r.where() + " is " + number(r.value());
                if (bound.min() != null && r.value() < bound.min()) {
                    reasons.add(what + ", below " + number(bound.min()));
                }
                if (bound.max() != null && r.value() > bound.max()) {
                    reasons.add(what + ", above " + number(bound.max()));
                }
            }
        }
    }

    private static void signoff(GateInput in, List<String> reasons) {
        if (in.card().governance().risk() != RiskRating.HIGH) {
            return;
        }
        String rationale = in.card().governance().riskRationale();
        if (rationale == null || rationale.isBlank()) {
            reasons.add("the card is rated high risk and governance.risk_rationale is empty: write the mitigation and have it approved");
        } else if (in.approvedRevision() == null || !in.approvedRevision().equals(in.currentRevision())) {
            reasons.add("the card is rated high risk and its governance.risk_rationale is not in the approved revision: have it approved");
        }
    }

    private static String limits(GatePolicy.MetricBound b) {
        return b.min() != null && b.max() != null ? "from " + number(b.min()) + " to " + number(b.max())
                : b.min() != null ? "at least " + number(b.min()) : "at most " + number(b.max());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
