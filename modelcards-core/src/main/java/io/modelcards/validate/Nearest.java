package io.modelcards.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the closest valid spelling of a mistyped word, for "did you mean …?" hints: a Hub id ({@link #among}) or a
 * field name ({@link #amongNames}). Closeness is the edit distance after both sides are normalised.
 */
public final class Nearest {
    private Nearest() {}

    /**
     * The candidate closest to {@code input} by edit distance (insertions, deletions, substitutions and swaps of
     * neighbours), compared lower-case on letters, digits and {@code +} only, without the words "license"/"licence",
     * so that "Apache License 2.0" finds "apache-2.0". Ties go to the earlier candidate. Empty when nothing is within a
     * third of the input's length.
     *
     * @param input      the word as given
     * @param candidates the valid ids, e.g. licenses, pipeline tags or library names
     * @return the closest candidate, or empty
     */
    public static Optional<String> among(String input, Iterable<String> candidates) {
        return closest(input, candidates, Nearest::normalise);
    }

    /**
     * The name closest to {@code input} as {@link #among} finds it, but compared lower-case with letters and digits
     * only, so that {@code outOfScopeUse} finds {@code out_of_scope_use} and a field called "license" stays findable.
     *
     * @param input the name as given
     * @param names the valid names, e.g. the fields of a record
     * @return the closest name, or empty
     */
    public static Optional<String> amongNames(String input, Iterable<String> names) {
        return closest(input, names, Nearest::lettersAndDigits);
    }

    private static Optional<String> closest(String input, Iterable<String> candidates, UnaryOperator<String> key) {
        String k = key.apply(input);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        int limit = Math.max(1, (k.length() + 2) / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(k, key.apply(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("license", "").replace("licence", "");
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (Character.isLetterOrDigit(ch) || ch == '+') {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@code did you mean "x"? } (with a trailing space) or the empty string, for building a message. */
    static String hint(Optional<String> suggestion) {
        return suggestion.map(s -> "did you mean \"" + s + "\"? ").orElse("");
    }
}
