package io.modelcards.profile.internal.column;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A value with its count, as held by {@link FrequentValues}.
 *
 * @param hash  the value's 64-bit hash, its identity
 * @param kind  BOOL, INT, FLOAT or STRING
 * @param raw   the long for INT, the double's bits for FLOAT, 0 or 1 for BOOL
 * @param bytes the first UTF-8 bytes of a STRING (at most {@link ExactValues#STORED_BYTES}), else null
 * @param cut   whether {@code bytes} is a prefix of a longer value
 * @param count how often the value occurred (an upper bound once the column outgrew its exact bound)
 * @param over  how much {@code count} may exceed the true count (0 while exact)
 */
record Counted(long hash, Kind kind, long raw, byte[] bytes, boolean cut, long count, long over) {
    /** Most frequent first; ties by value: numbers numerically before strings in byte order, then by hash. */
    static final Comparator<Counted> BY_COUNT = Comparator.comparingLong(Counted::count).reversed()
            .thenComparing(Counted::compareValues);

    boolean isNumber() {
        return kind != Kind.STRING;
    }

    double number() {
        return kind == Kind.FLOAT ? Double.longBitsToDouble(raw) : raw;
    }

    Counted withCount(long newCount, long newOver) {
        return new Counted(hash, kind, raw, bytes, cut, newCount, newOver);
    }

    static int compareValues(Counted a, Counted b) {
        if (a.isNumber() && b.isNumber()) {
            int c = Double.compare(a.number(), b.number());
            if (c != 0) {
                return c;
            }
        } else if (a.isNumber() != b.isNumber()) {
            return a.isNumber() ? -1 : 1;
        } else {
            int c = Arrays.compareUnsigned(a.bytes, b.bytes);
            if (c != 0) {
                return c;
            }
        }
        return Long.compare(a.hash, b.hash);
    }
}
