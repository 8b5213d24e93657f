package io.modelcards.profile.internal.column;

import java.util.ArrayList;
import java.util.List;

/**
 * The frequent values of a column: an exact value→count table while the column has at most {@code exactUpTo}
 * distinct values, then a Space-Saving summary of {@code capacity} counters whose counts may exceed the truth by at
 * most 1/capacity of the column's values. Since a worker never sees more distinct values than the whole column, the
 * figures are exact exactly when the column is within the bound, whatever the split.
 */
final class FrequentValues {
    private final int exactUpTo;
    private final int capacity;
    private ExactValues exact = new ExactValues();
    private HeavyHitters heavy;

    FrequentValues(int exactUpTo, int capacity) {
        this.exactUpTo = exactUpTo;
        this.capacity = capacity;
    }

    boolean isExact() {
        return exact != null;
    }

    void addNumber(long hash, Kind kind, long raw) {
        if (exact != null) {
            if (exact.addNumber(hash, kind, raw, 1) && exact.size() > exactUpTo) {
                overflow();
            }
        } else {
            heavy.offerNumber(hash, kind, raw, 1);
        }
    }

    void addText(long hash, byte[] b, int off, int len) {
        if (exact != null) {
            if (exact.addText(hash, b, off, len, false, 1) && exact.size() > exactUpTo) {
                overflow();
            }
        } else {
            heavy.offerText(hash, b, off, len, false, 1);
        }
    }

    /** Every value held with its count: all values while exact, else the summary's. */
    List<Counted> entries() {
        List<Counted> all = exact != null ? exact.entries() : heavy.entries();
        all.sort(Counted.BY_COUNT);
        return all;
    }

    /** Adds another worker's values of the same column; {@code other} is not used afterwards. */
    void merge(FrequentValues other) {
        if (exact != null && other.exact != null) {
            for (Counted c : other.exact.entries()) {
                exact.add(c);
            }
            if (exact.size() > exactUpTo) {
                overflow();
            }
            return;
        }
        if (exact != null) {
            overflow();
        }
        if (other.exact != null) {
            other.overflow();
        }
        heavy = HeavyHitters.merge(heavy, other.heavy);
    }

    /** Replaces the exact table by a summary, feeding it the largest counts first (ties by value, so deterministic). */
    private void overflow() {
        List<Counted> all = new ArrayList<>(exact.entries());
        all.sort(Counted.BY_COUNT);
        heavy = new HeavyHitters(capacity);
        for (Counted c : all) {
            heavy.offer(c);
        }
        exact = null;
    }
}
