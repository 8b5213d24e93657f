package io.modelcards.profile.internal.column;

/**
 * An open-addressing set of 64-bit hashes with linear probing; no boxing. Keys are already well mixed, so their low
 * bits index the table directly. Zero marks an empty slot, so a zero hash is stored as a fixed stand-in.
 */
final class LongHashSet {
    private static final long ZERO_STAND_IN = 0x5BD1E9955BD1E995L;

    private long[] keys;
    private int mask;
    private int size;

    LongHashSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Adds a hash; returns whether it was new. */
    boolean add(long h) {
        if (h == 0) {
            h = ZERO_STAND_IN;
        }
        int i = (int) h & mask;
        while (true) {
            long k = keys[i];
            if (k == 0) {
                keys[i] = h;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return true;
            }
            if (k == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    /** Every stored hash, in table order. */
    long[] toArray() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                out[n++] = k;
            }
        }
        return out;
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        mask = keys.length - 1;
        for (long k : old) {
            if (k != 0) {
                int i = (int) k & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
            }
        }
    }
}
