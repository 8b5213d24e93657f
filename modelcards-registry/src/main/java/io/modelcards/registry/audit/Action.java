package io.modelcards.registry.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What an audit event records: a closed set, each with its wire name ({@code card.published}). */
public enum Action {
    /** A model version's draft card was created. */
    CARD_CREATED("card.created"),
    /** A new revision of a card was uploaded or edited. */
    REVISION_UPLOADED("revision.uploaded"),
    /** A card was submitted for review. */
    CARD_SUBMITTED("card.submitted"),
    /** A reviewer approved a revision. */
    REVIEW_APPROVED("review.approved"),
    /** A reviewer asked for changes, with a comment. */
    REVIEW_CHANGES_REQUESTED("review.changes_requested"),
    /** Someone commented on a revision. */
    COMMENT_ADDED("comment.added"),
    /** A card was published. */
    CARD_PUBLISHED("card.published"),
    /** A card was deprecated. */
    CARD_DEPRECATED("card.deprecated"),
    /** A card was archived. */
    CARD_ARCHIVED("card.archived"),
    /** The deployment gate allowed a model version. */
    GATE_ALLOWED("gate.allowed"),
    /** The deployment gate refused a model version. */
    GATE_DENIED("gate.denied"),
    /** A user was created. */
    USER_CREATED("user.created"),
    /** An API token was created. */
    TOKEN_CREATED("token.created"),
    /** An API token was revoked. */
    TOKEN_REVOKED("token.revoked"),
    /** A checkpoint of the chain's head was signed. */
    CHECKPOINT_SIGNED("checkpoint.signed"),
    /** A model was created; its creator owns it. */
    MODEL_CREATED("model.created"),
    /** A comment's thread was marked resolved. */
    COMMENT_RESOLVED("comment.resolved");

    private final String wire;

    Action(String wire) {
        this.wire = wire;
    }

    /** The name on the wire and in the audit's JSON ({@code review.changes_requested}). */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The action whose wire name is {@code wire}, if there is one. */
    public static Optional<Action> parse(String wire) {
        for (Action a : values()) {
            if (a.wire.equals(wire)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
