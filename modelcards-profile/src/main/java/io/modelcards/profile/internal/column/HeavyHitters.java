package io.modelcards.profile.internal.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Space-Saving summary (Metwally et al.) of a column's most frequent values, in bounded memory.
 *
 * <p>It keeps {@code m} counters. A value already counted is incremented; a new value takes over the counter with the
 * smallest count c and starts at c + 1, remembering c as its possible overcount. Every count is then at least the
 * true count and at most the true count plus n/m, and every value with more than n/m occurrences is kept. Merging
 * follows Agarwal et al.'s mergeable summaries (a value missing from one summary is credited with that summary's
 * minimum), which keeps the n/m bound. Counters live in primitive arrays with a hash→counter index; the smallest
 * counter is found by a cursor that sweeps for counters at the current floor (counts only grow, so each sweep is paid
 * for by the increments since the last one: O(1) amortised, where a heap costs log m per new value); string bytes are
 * copied into per-counter buffers that are reused, so a steady stream allocates nothing.
 */
final class HeavyHitters {
    private final int m;
    private final long[] hashes;
    private final long[] counts;
    private final long[] overs;
    private final byte[] kinds;
    private final long[] raws;
    private final byte[][] bytes;
    private final int[] lens;
    private final boolean[] cuts;
    private long floor;
    private int cursor;
    private final SlotIndex index;
    private int size;

    HeavyHitters(int m) {
        this.m = m;
        hashes = new long[m];
        counts = new long[m];
        overs = new long[m];
        kinds = new byte[m];
        raws = new long[m];
        bytes = new byte[m][];
        lens = new int[m];
        cuts = new boolean[m];
        index = new SlotIndex(m);
    }

    /** Counts a number {@code weight} times. */
    void offerNumber(long hash, Kind kind, long raw, long weight) {
        offerNumber(hash, kind, raw, weight, 0);
    }

    private void offerNumber(long hash, Kind kind, long raw, long weight, long over) {
        int s = index.get(hash);
        if (s >= 0) {
            if (kind == Kind.INT && kinds[s] == Kind.FLOAT.ordinal()) {
                kinds[s] = (byte) kind.ordinal();
                raws[s] = raw;
            }
            bump(s, weight);
            return;
        }
        s = claim(hash, weight, over);
        kinds[s] = (byte) kind.ordinal();
        raws[s] = raw;
    }

    /** Counts a string {@code weight} times. */
    void offerText(long hash, byte[] b, int off, int len, boolean cut, long weight) {
        offerText(hash, b, off, len, cut, weight, 0);
    }

    private void offerText(long hash, byte[] b, int off, int len, boolean cut, long weight, long over) {
        int s = index.get(hash);
        if (s >= 0) {
            bump(s, weight);
            return;
        }
        s = claim(hash, weight, over);
        int keep = ExactValues.keep(b, off, len);
        if (bytes[s] == null || bytes[s].length < keep) {
            bytes[s] = new byte[Math.max(64, Integer.highestOneBit(Math.max(1, keep - 1)) << 1)];
        }
        System.arraycopy(b, off, bytes[s], 0, keep);
        kinds[s] = (byte) Kind.STRING.ordinal();
        lens[s] = keep;
        cuts[s] = cut || keep < len;
    }

    private void bump(int s, long weight) {
        counts[s] += weight;
    }

    /** A counter for a new value: a free one, or the smallest, whose count becomes the new value's overcount. */
    private int claim(long hash, long weight, long over) {
        int s;
        if (size < m) {
            s = size++;
            counts[s] = weight;
            overs[s] = over;
            hashes[s] = hash;
            index.put(hash, s);
            return s;
        }
        s = smallest();
        index.remove(hashes[s]);
        overs[s] = counts[s] + over;
        counts[s] += weight;
        hashes[s] = hash;
        index.put(hash, s);
        return s;
    }

    /** A counter holding the smallest count: the next one at the floor, or after a fresh sweep, the new floor's. */
    private int smallest() {
        while (true) {
            for (; cursor < m; cursor++) {
                if (counts[cursor] <= floor) {
                    return cursor++;
                }
            }
            long min = Long.MAX_VALUE;
            for (int k = 0; k < m; k++) {
                min = Math.min(min, counts[k]);
            }
            floor = min;
            cursor = 0;
        }
    }

    /** The smallest count, which bounds the count of any value not held; 0 while counters are free. */
    long minCount() {
        if (size < m) {
            return 0;
        }
        long min = Long.MAX_VALUE;
        for (int k = 0; k < m; k++) {
            min = Math.min(min, counts[k]);
        }
        return min;
    }

    /** Every held value with its count and overcount. */
    List<Counted> entries() {
        List<Counted> out = new ArrayList<>(size);
        for (int s = 0; s < size; s++) {
            Kind kind = Kind.ALL[kinds[s]];
            byte[] b = kind == Kind.STRING ? Arrays.copyOf(bytes[s], lens[s]) : null;
            out.add(new Counted(hashes[s], kind, raws[s], b, cuts[s], counts[s], overs[s]));
        }
        return out;
    }

    /** Adds a counted value, e.g. from an exact table being replaced. */
    void offer(Counted c) {
        if (c.kind() == Kind.STRING) {
            offerText(c.hash(), c.bytes(), 0, c.bytes().length, c.cut(), c.count(), c.over());
        } else {
            offerNumber(c.hash(), c.kind(), c.raw(), c.count(), c.over());
        }
    }

    /** The merged summary of two: Agarwal et al.'s merge, keeping the {@code m} largest counts. */
    static HeavyHitters merge(HeavyHitters a, HeavyHitters b) {
        long minA = a.minCount();
        long minB = b.minCount();
        Map<Long, Counted> union = new HashMap<>();
        Map<Long, Counted> inB = new HashMap<>();
        for (Counted c : b.entries()) {
            inB.put(c.hash(), c);
        }
        for (Counted c : a.entries()) {
            Counted o = inB.remove(c.hash());
            union.put(c.hash(), o == null ? c.withCount(c.count() + minB, c.over() + minB)
                    : pick(c, o).withCount(c.count() + o.count(), c.over() + o.over()));
        }
        for (Counted o : inB.values()) {
            union.put(o.hash(), o.withCount(o.count() + minA, o.over() + minA));
        }
        List<Counted> all = new ArrayList<>(union.values());
        all.sort(Counted.BY_COUNT);
        HeavyHitters out = new HeavyHitters(a.m);
        for (int i = 0; i < Math.min(a.m, all.size()); i++) {
            out.offer(all.get(i));
        }
        return out;
    }

    /** Of two forms of one value (int 1 and float 1.0), the int one. */
    private static Counted pick(Counted a, Counted b) {
        return b.kind() == Kind.INT && a.kind() == Kind.FLOAT ? b : a;
    }
}
