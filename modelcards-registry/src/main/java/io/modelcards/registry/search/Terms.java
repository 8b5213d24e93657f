package io.modelcards.registry.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How free text becomes index terms, the same for a card's sections and for a query's words: lower-cased, split at
 * every character that is not a letter or digit, no stemming; one-letter words and words over {@value #MAX_LENGTH}
 * characters are left out (they would match almost everything, or nothing anyone types). The index stores each term as
 * its {@link #key}.
 */
final class Terms {
    /** The longest term kept. */
    static final int MAX_LENGTH = 64;
    /** At most this many distinct terms of one card are indexed, so that one huge card cannot swell the index. */
    static final int MAX_PER_CARD = 5000;

    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Terms() {}

    /** The key a term is stored under: the first 64 bits of the SHA-256 of its UTF-8 bytes. */
    static long key(String term) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(term.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The distinct terms of {@code text}, in the order they first occur; empty for null. */
    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        add(out, text);
        return out;
    }

    /** Adds the terms of {@code text} to {@code into}, up to {@value #MAX_PER_CARD} in all. */
    static void add(Set<String> into, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String word : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            if (into.size() >= MAX_PER_CARD) {
                return;
            }
            if (word.length() > 1 && word.length() <= MAX_LENGTH) {
                into.add(word);
            }
        }
    }
}
