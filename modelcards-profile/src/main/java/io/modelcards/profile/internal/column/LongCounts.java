package io.modelcards.profile.internal.column;

/**
 * An open-addressing map from a long key to a positive count, with linear probing and no boxing. A zero count marks
 * an empty slot, so every key (including 0) can be stored. Keys 0 to {@value #DENSE} − 1 (text lengths, list lengths,
 * small labels: the common case) are counted in a plain array, without hashing.
 */
final class LongCounts {
    static final int DENSE = 1024;
    private long[] dense;
    private long[] keys;
    private long[] counts;
    private int mask;
    private int size;
    private int sparse;

    LongCounts() {
        keys = new long[16];
        counts = new long[16];
        mask = 15;
    }

    int size() {
        return size;
    }

    /** Adds {@code weight} (positive) to the key's count; returns whether the key was new. */
    boolean add(long key, long weight) {
        if (key >= 0 && key < DENSE) {
            if (dense == null) {
                dense = new long[DENSE];
            }
            long before = dense[(int) key];
            dense[(int) key] = before + weight;
            if (before == 0) {
                size++;
                return true;
            }
            return false;
        }
        int i = (int) ValueHash.mix(key) & mask;
        while (counts[i] != 0) {
            if (keys[i] == key) {
                counts[i] += weight;
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = weight;
        size++;
        if (++sparse * 2 > keys.length) {
            grow();
        }
        return true;
    }

    long get(long key) {
        if (key >= 0 && key < DENSE) {
            return dense == null ? 0 : dense[(int) key];
        }
        int i = (int) ValueHash.mix(key) & mask;
        while (counts[i] != 0) {
            if (keys[i] == key) {
                return counts[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    /** Calls {@code visitor} with every key and its count, in table order. */
    void forEach(Visitor visitor) {
        if (dense != null) {
            for (int k = 0; k < DENSE; k++) {
                if (dense[k] != 0) {
                    visitor.visit(k, dense[k]);
                }
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] != 0) {
                visitor.visit(keys[i], counts[i]);
            }
        }
    }

    /** Receives one entry. */
    interface Visitor {
        void visit(long key, long count);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != 0) {
                int j = (int) ValueHash.mix(oldKeys[i]) & mask;
                while (counts[j] != 0) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                counts[j] = oldCounts[i];
            }
        }
    }
}
