package io.modelcards.registry.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of search hits: by model name (the default), by when the card last changed, or by the value of the
 * query's first metric; each ascending, or descending when written with a leading {@code -} ({@code sort:-metric}).
 * Ties are broken by the order the versions were created, so the order is total and pages never overlap.
 *
 * @param key        what is sorted on
 * @param descending whether the largest comes first
 */
public record SearchSort(Key key, boolean descending) {
    /** By model name, A to Z. */
    public static final SearchSort DEFAULT = new SearchSort(Key.NAME, false);

    /** What hits can be sorted on. */
    public enum Key {
        /** The model's name in the registry, then the version's creation. */
        NAME,
        /** When the version's current revision was indexed (its last change of card). */
        UPDATED,
        /** The value of the query's first metric; needs a {@code metric:} term. */
        METRIC;

        /** The word used in a query. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The order written as {@code text} ({@code name}, {@code -updated}, {@code -metric}), if it is one. */
    public static Optional<SearchSort> parse(String text) {
        boolean desc = text.startsWith("-");
        String word = desc ? text.substring(1) : text;
        for (Key k : Key.values()) {
            if (k.word().equals(word)) {
                return Optional.of(new SearchSort(k, desc));
            }
        }
        return Optional.empty();
    }

    /** The order as a query writes it, e.g. {@code -metric}. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + key.word();
    }
}
