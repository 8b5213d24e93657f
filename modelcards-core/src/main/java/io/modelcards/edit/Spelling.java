package io.modelcards.edit;

import java.util.Locale;
import java.util.Optional;

/** Finds the field name closest to a mistyped one, for "did you mean …?" in a refusal. */
final class Spelling {
    private Spelling() {}

    /**
     * The name closest to {@code input} by edit distance (insertions, deletions, substitutions and swaps of neighbours),
     * compared lower-case without punctuation so that {@code outOfScopeUse} finds {@code out_of_scope_use}. Ties go to
     * the earlier name. Empty when nothing is within a third of the input's length.
     */
    static Optional<String> nearest(String input, Iterable<String> names) {
        String key = normalise(input);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int limit = Math.max(1, (key.length() + 2) / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(key, normalise(name));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    private static String normalise(String s) {
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
}
