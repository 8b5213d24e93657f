package io.modelcards.merge;

import java.util.Objects;

/**
 * Where the merged card's value at one field came from, and why: the list {@code modelcards merge --explain} prints.
 *
 * @param pointer the field, as a JSON Pointer into the card's JSON form ({@code /uses/direct_use})
 * @param from    the card the value (or its absence) was taken from
 * @param why     the reason in words, such as "written by a person (ana, 2026-12-05T22:08:15Z)"
 */
public record Decision(String pointer, From from, String why) {
    /** The two cards of a merge. */
    public enum From {
        /** The new capture ({@code --captured}). */
        CAPTURED,
        /** The previous card ({@code --into}). */
        PREVIOUS
    }

    /** Refuses null components: a decision always names its field, its side and its reason. */
    public Decision {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(why, "why");
    }
}
