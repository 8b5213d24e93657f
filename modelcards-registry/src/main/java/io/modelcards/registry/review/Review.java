package io.modelcards.registry.review;

import io.modelcards.codec.ContentHash;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One reviewer's decision on one revision of a version's card.
 *
 * @param reviewer the user who decided
 * @param role     the review role they decided in (one of the policy's {@link ApprovalPolicy#roles()}), or null for none
 * @param decision approve or request changes
 * @param comment  what the reviewer wrote; required (non-blank) for a change request, may be null for an approval
 * @param at       when
 * @param revision the content hash of the revision decided on
 */
public record Review(String reviewer, String role, Decision decision, String comment, Instant at, ContentHash revision) {

    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(revision, "revision");
    }

    /**
     * Why this review may not be recorded, if it may not: an author approving a revision they wrote
     * ({@code review/own-revision}), a change request without a comment ({@code review/comment-required}), or a role
     * the policy does not have ({@code review/unknown-role}).
     *
     * @param authors the users who wrote the revision
     */
    public Optional<Refusal> refusal(ApprovalPolicy policy, Set<String> authors) {
        if (decision == Decision.APPROVE && authors.contains(reviewer)) {
            return Optional.of(new Refusal("review/own-revision",
                    reviewer + " wrote this revision and cannot approve it: another reviewer must"));
        }
        if (decision == Decision.REQUEST_CHANGES && (comment == null || comment.isBlank())) {
            return Optional.of(new Refusal("review/comment-required",
                    "a change request needs a comment: say what the authors should change"));
        }
        if (role != null && !policy.roles().contains(role)) {
            return Optional.of(new Refusal("review/unknown-role", policy.roles().isEmpty()
                    ? "this registry has no review roles: review without \"" + role + "\""
                    : "\"" + role + "\" is not a review role here: use one of " + String.join(", ", policy.roles())));
        }
        return Optional.empty();
    }
}
