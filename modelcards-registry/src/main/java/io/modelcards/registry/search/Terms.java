package io.modelcards.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How free text becomes words and index terms, the same for a card's sections and for a query: lower-cased, split at
 * every character that is not a letter or digit, no stemming. A card's words are kept in order as its text (for
 * phrases); its terms are its distinct words less one-letter words and words over {@value #MAX_LENGTH} characters
 * (they would match almost everything, or nothing anyone types).
 */
final class Terms {
    /** The longest term kept. */
    static final int MAX_LENGTH = 64;

    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Terms() {}

    /** The words of {@code text} in order, lower-cased, of any length; empty for null. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String word : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /** The distinct terms of {@code text}, in the order they first occur; empty for null. */
    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (isTerm(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** Whether {@code word} (one of {@link #words}) is indexed as a term. */
    static boolean isTerm(String word) {
        return word.length() > 1 && word.length() <= MAX_LENGTH;
    }
}
