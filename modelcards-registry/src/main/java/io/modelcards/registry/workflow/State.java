package io.modelcards.registry.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a model version's card in the registry. A card starts as a draft, is reviewed, approved, published and
 * later deprecated; it can be archived from any state but published.
 */
public enum State {
    /** Being written; editable by its authors. */
    DRAFT,
    /** Submitted: the rule packs passed and reviewers decide. */
    IN_REVIEW,
    /** A reviewer asked for changes, with a comment; the authors edit and submit again. */
    CHANGES_REQUESTED,
    /** The approval policy is met; the card's content can no longer change. */
    APPROVED,
    /** Published: what people and pipelines use. */
    PUBLISHED,
    /** Replaced or withdrawn; still readable, and the gate refuses it. */
    DEPRECATED,
    /** Put away; reachable from any state but published. */
    ARCHIVED;

    /** The name on the wire and in files: lower case with underscores ({@code in_review}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named {@code id} ({@code in_review}), if there is one. */
    public static Optional<State> parse(String id) {
        for (State s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
