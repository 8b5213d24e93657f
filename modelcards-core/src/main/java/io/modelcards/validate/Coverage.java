package io.modelcards.validate;

import java.util.Locale;

/** How far a card covers one point of Annex IV: every requirement met, some, or none. */
public enum Coverage {
    /** Every requirement of the point is met. */
    COVERED,
    /** Some requirements are met: a warning in {@code validate --rules annex-iv}. */
    PARTLY,
    /** No requirement is met: an error in {@code validate --rules annex-iv}. */
    MISSING;

    /** The word users read: {@code covered}, {@code partly} or {@code missing}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
