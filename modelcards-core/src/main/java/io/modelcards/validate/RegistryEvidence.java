package io.modelcards.validate;

import java.util.EnumSet;
import java.util.Set;

/**
 * The records a registry keeps about a card's model version that the card itself cannot hold, as far as the
 * {@code annex-iv} pack counts them. A card read from a file has none: {@link #NONE}.
 *
 * @param held the kinds of record the registry holds for the version
 */
public record RegistryEvidence(Set<Kind> held) {
    /** A card outside a registry. */
    public static final RegistryEvidence NONE = new RegistryEvidence(Set.of());

    /** A kind of record the registry keeps. */
    public enum Kind {
        /** Dated review decisions by named reviewers, each an entry of the signed audit chain. */
        REVIEWS,
        /** The model's earlier versions, the semantic diff between them, and the audit chain of every change. */
        HISTORY
    }

    /** Copies the set; null means none. */
    public RegistryEvidence {
        held = held == null || held.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(held));
    }

    /** Evidence of the given kinds. */
    public static RegistryEvidence of(Kind... kinds) {
        return new RegistryEvidence(Set.of(kinds));
    }

    /** Whether the registry holds records of {@code kind}. */
    public boolean holds(Kind kind) {
        return held.contains(kind);
    }
}
