package io.modelcards.bench.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the benchmark's rows from a seed: the same seed gives the same rows on any machine.
 *
 * <p>Columns: {@code id} (row number from 0), {@code text} (50 to about 660 characters of words, 4% with a fake
 * e-mail address), {@code label} (0..9, skewed towards 0), {@code score} (about N(60, 12) with 3 decimals, 5% null),
 * {@code tags} (0 to 5 distinct tags) and {@code category} (20 values, Zipf-like).
 */
final class SyntheticRows {
    /** One row. {@code score} is null for a missing value. */
    record Row(long id, String text, int label, Double score, List<String> tags, String category) {}

    private static final int[] LABEL_WEIGHTS = {30, 20, 14, 10, 8, 6, 5, 3, 2, 2};

    private final SplittableRandom random;
    private final double[] categoryCumulative;
    private long next;

    SyntheticRows(long seed) {
        this.random = new SplittableRandom(seed);
        int n = SyntheticVocabulary.CATEGORIES.size();
        categoryCumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            categoryCumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            categoryCumulative[i] /= sum;
        }
    }

    /** The next row. */
    Row next() {
        long id = next++;
        String text = text();
        int label = label();
        Double score = random.nextInt(100) < 5 ? null
                : Math.round((60 + 12 * gaussian()) * 1000) / 1000.0;
        List<String> tags = tags();
        String category = category();
        return new Row(id, text, label, score, tags, category);
    }

    private String text() {
        int target = 50 + random.nextInt(601);
        int emailAt = random.nextInt(100) < 4 ? random.nextInt(target) : -1;
        StringBuilder b = new StringBuilder(target + 40);
        boolean sentenceStart = true;
        while (b.length() < target + 2) { // +2: the trailing separator is cut below
            if (emailAt >= 0 && b.length() >= emailAt) {
                b.append(sentenceStart ? "Contact " : "contact ").append(pick(SyntheticVocabulary.NAMES)).append('.')
                        .append(pick(SyntheticVocabulary.NAMES)).append(random.nextInt(100)).append("@example.org ");
                emailAt = -1;
            }
            String word = pick(SyntheticVocabulary.WORDS);
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            b.append(word);
            int r = random.nextInt(12);
            sentenceStart = r == 0;
            b.append(r == 0 ? ". " : r == 1 ? ", " : " ");
        }
        int end = b.length() - 1;
        b.setLength(b.charAt(end - 1) == '.' || b.charAt(end - 1) == ',' ? end - 1 : end);
        return b.append('.').toString();
    }

    private int label() {
        int r = random.nextInt(100);
        for (int i = 0; i < LABEL_WEIGHTS.length; i++) {
            r -= LABEL_WEIGHTS[i];
            if (r < 0) {
                return i;
            }
        }
        return LABEL_WEIGHTS.length - 1;
    }

    private List<String> tags() {
        int n = random.nextInt(6);
        List<String> tags = new ArrayList<>(n);
        while (tags.size() < n) {
            String t = pick(SyntheticVocabulary.TAGS);
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }
        return tags;
    }

    private String category() {
        double r = random.nextDouble();
        for (int i = 0; i < categoryCumulative.length; i++) {
            if (r < categoryCumulative[i]) {
                return SyntheticVocabulary.CATEGORIES.get(i);
            }
        }
        return SyntheticVocabulary.CATEGORIES.get(categoryCumulative.length - 1);
    }

    /** A standard normal value from two uniforms (Box-Muller), so the stream depends on nothing but the seed. */
    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * random.nextDouble());
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
