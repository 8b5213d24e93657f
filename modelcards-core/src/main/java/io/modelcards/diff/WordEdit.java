package io.modelcards.diff;

import java.util.Locale;

/**
 * A run of words of a text diff: kept, added or removed. Joined in order, the kept and removed runs give the old text
 * and the kept and added runs the new one, each run keeping the whitespace that follows its words.
 *
 * @param op   what happened to the words
 * @param text the words, with their whitespace
 */
public record WordEdit(Op op, String text) {
    /** What happened to a run of words. */
    public enum Op {
        SAME, ADDED, REMOVED;

        /** The lower-case word the outputs use. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
