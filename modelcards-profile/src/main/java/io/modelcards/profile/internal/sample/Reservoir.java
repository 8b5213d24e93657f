package io.modelcards.profile.internal.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A seeded sample of rows that does not depend on how the input was split among workers: it keeps the
 * {@code capacity} rows with the smallest priority keys, where a row's key is a hash of (seed, file, offset).
 *
 * <p>Because a row's key depends only on where the row is, any split of the rows among reservoirs, merged in any
 * order, keeps the same rows; and because the keys are well-mixed hashes, every row is kept with probability
 * capacity / rows. One instance belongs to one worker thread; {@link #merge} combines them afterwards.
 */
public final class Reservoir {
    /** A kept row: where it was, and its bytes as one JSON object. */
    public record Kept(int fileIndex, long offset, long line, byte[] raw) {}

    private final int capacity;
    private final long seed;
    // A max-heap on (key, file, offset): the root is the row that leaves first when a smaller key arrives.
    private final long[] keys;
    private final Kept[] rows;
    private int size;

    public Reservoir(int capacity, long seed) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, was " + capacity);
        }
        this.capacity = capacity;
        this.seed = seed;
        this.keys = new long[capacity];
        this.rows = new Kept[capacity];
    }

    /** The priority key of the row at this place: the same for every worker that meets it. */
    public long key(int fileIndex, long offset) {
        return mix(mix(mix(seed) ^ fileIndex) ^ offset);
    }

    /** Whether a row at this place would be kept now; cheap enough to ask before building the row's bytes. */
    public boolean wants(int fileIndex, long offset) {
        if (capacity == 0) {
            return false;
        }
        if (size < capacity) {
            return true;
        }
        return below(key(fileIndex, offset), fileIndex, offset, 0);
    }

    /** Offers a row; keeps a copy of its bytes when it ranks among the capacity smallest keys. */
    public void offer(int fileIndex, long offset, long line, byte[] raw, int off, int len) {
        long key = key(fileIndex, offset);
        if (capacity == 0 || size == capacity && !below(key, fileIndex, offset, 0)) {
            return;
        }
        insert(key, new Kept(fileIndex, offset, line, Arrays.copyOfRange(raw, off, off + len)));
    }

    /** Adds another worker's sample; the result is what one reservoir offered both workers' rows would hold. */
    public void merge(Reservoir other) {
        if (other.seed != seed || other.capacity != capacity) {
            throw new IllegalArgumentException("only reservoirs of the same seed and capacity merge");
        }
        for (int i = 0; i < other.size; i++) {
            Kept k = other.rows[i];
            if (size < capacity || below(other.keys[i], k.fileIndex(), k.offset(), 0)) {
                insert(other.keys[i], k);
            }
        }
    }

    /** The kept rows by (file, offset). */
    public List<Kept> rows() {
        List<Kept> out = new ArrayList<>(Arrays.asList(rows).subList(0, size));
        out.sort(Comparator.comparingInt(Kept::fileIndex).thenComparingLong(Kept::offset));
        return List.copyOf(out);
    }

    private void insert(long key, Kept row) {
        if (size < capacity) {
            keys[size] = key;
            rows[size] = row;
            siftUp(size++);
        } else {
            keys[0] = key;
            rows[0] = row;
            siftDown(0);
        }
    }

    /** Whether (key, file, offset) orders before the heap entry at i; ties on the key fall back to the place. */
    private boolean below(long key, int fileIndex, long offset, int i) {
        int c = Long.compare(key, keys[i]);
        if (c == 0) {
            c = Integer.compare(fileIndex, rows[i].fileIndex());
        }
        if (c == 0) {
            c = Long.compare(offset, rows[i].offset());
        }
        return c < 0;
    }

    private boolean less(int a, int b) {
        return below(keys[a], rows[a].fileIndex(), rows[a].offset(), b);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(parent, i)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int larger = left + 1 < size && less(left, left + 1) ? left + 1 : left;
            if (!less(i, larger)) {
                return;
            }
            swap(i, larger);
            i = larger;
        }
    }

    private void swap(int a, int b) {
        long k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        Kept r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
    }

    /** The splitmix64 finaliser: a bijection on 64 bits whose output bits each depend on every input bit. */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
