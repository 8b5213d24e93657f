package io.modelcards.profile.internal.column;

/**
 * An open-addressing map from a 64-bit hash to a counter slot, with linear probing and backward-shift deletion (so
 * removals leave no tombstones and lookups stay short).
 */
final class SlotIndex {
    private final long[] keys;
    private final int[] slots; // slot + 1; 0 marks an empty entry
    private final int mask;

    SlotIndex(int capacity) {
        int cap = Integer.highestOneBit(Math.max(8, capacity) * 2 - 1) << 1;
        keys = new long[cap];
        slots = new int[cap];
        mask = cap - 1;
    }

    /** The slot of a hash, or −1. */
    int get(long key) {
        int i = (int) key & mask;
        while (slots[i] != 0) {
            if (keys[i] == key) {
                return slots[i] - 1;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    void put(long key, int slot) {
        int i = (int) key & mask;
        while (slots[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = slot + 1;
    }

    void remove(long key) {
        int i = (int) key & mask;
        while (slots[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (slots[i] == 0) {
            return;
        }
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (slots[j] == 0) {
                break;
            }
            int home = (int) keys[j] & mask;
            // move entry j back into the hole at i unless its home lies cyclically in (i, j]
            boolean stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
            if (!stays) {
                keys[i] = keys[j];
                slots[i] = slots[j];
                i = j;
            }
        }
        slots[i] = 0;
    }
}
