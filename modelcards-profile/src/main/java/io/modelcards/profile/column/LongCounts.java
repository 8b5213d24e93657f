package io.modelcards.profile.column;

/**
 * An open-addressing map from a long key to a positive count, with linear probing and no boxing. A zero count marks
 * an empty slot, so every key (including 0) can be stored.
 */
final class LongCounts {
    private long[] keys;
    private long[] counts;
    private int mask;
    private int size;

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
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    long get(long key) {
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
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != 0) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }
}
