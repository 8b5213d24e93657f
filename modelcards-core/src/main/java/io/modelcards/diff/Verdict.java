package io.modelcards.diff;

import java.util.Locale;

/** What happened to one metric between the old and the new card, taking its {@link Direction} into account. */
public enum Verdict {
    IMPROVED, REGRESSED, UNCHANGED, ADDED, REMOVED;

    /** The lower-case word the outputs use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
