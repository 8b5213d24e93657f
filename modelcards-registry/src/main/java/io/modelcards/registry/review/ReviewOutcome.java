package io.modelcards.registry.review;

import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.ContentHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the approval policy makes of the reviews of a card's current revision: approved, changes requested, or pending,
 * with every condition not yet met in words.
 *
 * @param status     the aggregate status
 * @param revision   the content hash of the revision the outcome is for
 * @param approvedBy the reviewers whose approval counts, in the order of their latest decision
 * @param reasons    every condition not met, in words (empty exactly when approved)
 * @param refused    reviews of this revision that do not count and why (an author's own approval, a change request
 *                   without a comment, an unknown role): such reviews should have been refused when made
 */
public record ReviewOutcome(Status status, ContentHash revision, List<String> approvedBy, List<String> reasons,
        List<Refusal> refused) {

    /** The aggregate status of a revision's reviews. */
    public enum Status {
        /** Every condition of the policy is met and no change request is open. */
        APPROVED,
        /** At least one reviewer's latest decision is a change request; it outweighs any number of approvals. */
        CHANGES_REQUESTED,
        /** No change request is open, but the policy is not met yet. */
        PENDING
    }

    public ReviewOutcome {
        approvedBy = List.copyOf(approvedBy);
        reasons = List.copyOf(reasons);
        refused = List.copyOf(refused);
    }

    /**
     * The outcome for {@code card}'s revision (its {@link ContentHash}). The rules, in the order they apply:
     * <ul>
     *   <li>reviews of another revision do not count: an edit makes a new revision, which needs its own reviews;</li>
     *   <li>a review {@link Review#refusal refused} by the policy (an author's approval of their own revision, a change
     *       request without a comment, an unknown role) does not count and is listed in {@link #refused()};</li>
     *   <li>each reviewer's latest decision replaces their earlier ones, its role included, so one person fills at most
     *       one review role;</li>
     *   <li>any open change request makes the status {@link Status#CHANGES_REQUESTED}, whatever the approvals;</li>
     *   <li>otherwise the revision needs {@link ApprovalPolicy#approvals()} approvals; a card whose
     *       {@code governance.risk} is {@code high} needs {@link ApprovalPolicy.HighRisk#approvals()} (the larger counts)
     *       and, when the policy says so, a written mitigation: {@code governance.risk_rationale}, the card's mitigation
     *       field, must not be blank;</li>
     *   <li>each of the policy's {@link ApprovalPolicy#roles() roles} needs an approval by a reviewer in that role.</li>
     * </ul>
     *
     * @param authors the users who wrote the revision
     * @param reviews every review of the version, in the order they were made
     */
    public static ReviewOutcome of(ApprovalPolicy policy, Set<String> authors, List<Review> reviews, ModelCard card) {
        return of(policy, authors, reviews, ContentHash.of(card), card);
    }

    /**
     * The outcome for the revision {@code current}, whose card is {@code card}, by the rules of
     * {@link #of(ApprovalPolicy, Set, List, ModelCard)}: for a caller that knows the revision's hash (a stored
     * revision's), so that the card is not hashed again. {@code current} must be {@code card}'s content hash.
     */
    public static ReviewOutcome of(ApprovalPolicy policy, Set<String> authors, List<Review> reviews, ContentHash current,
            ModelCard card) {
        Map<String, Review> latest = new LinkedHashMap<>();
        List<Refusal> refused = new ArrayList<>();
        for (Review r : reviews) {
            if (!r.revision().equals(current)) {
                continue;
            }
            Optional<Refusal> no = r.refusal(policy, authors);
            if (no.isPresent()) {
                refused.add(no.get());
                continue;
            }
            latest.remove(r.reviewer());
            latest.put(r.reviewer(), r);
        }
        List<String> reasons = new ArrayList<>();
        List<String> approvers = new ArrayList<>();
        for (Review r : latest.values()) {
            if (r.decision() == Decision.REQUEST_CHANGES) {
                reasons.add(r.reviewer() + " requested changes: " + r.comment().strip());
            } else {
                approvers.add(r.reviewer());
            }
        }
        boolean openChangeRequest = !reasons.isEmpty();
        unmet(policy, card, latest, approvers, reasons);
        Status status = openChangeRequest ? Status.CHANGES_REQUESTED : reasons.isEmpty() ? Status.APPROVED : Status.PENDING;
        return new ReviewOutcome(status, current, approvers, reasons, refused);
    }

    private static void unmet(ApprovalPolicy policy, ModelCard card, Map<String, Review> latest, List<String> approvers,
            List<String> reasons) {
        boolean high = card.governance().risk() == RiskRating.HIGH;
        int needed = high ? Math.max(policy.approvals(), policy.highRisk().approvals()) : policy.approvals();
        if (approvers.size() < needed) {
            reasons.add("needs " + needed + (needed == 1 ? " approval" : " approvals") + (high ? " (the risk is rated high)" : "")
                    + ", has " + (approvers.isEmpty() ? "none" : approvers.size() + " (" + String.join(", ", approvers) + ")"));
        }
        String mitigation = card.governance().riskRationale();
        if (high && policy.highRisk().mitigationRequired() && (mitigation == null || mitigation.isBlank())) {
            reasons.add("the risk is rated high and no mitigation is written: the authors must describe it in"
                    + " governance.risk_rationale");
        }
        for (String role : policy.roles()) {
            boolean met = latest.values().stream().anyMatch(r -> r.decision() == Decision.APPROVE && role.equals(r.role()));
            if (!met) {
                reasons.add("needs an approval by a reviewer in the role " + role);
            }
        }
    }
}
