package io.modelcards.profile.internal.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact value→count table keyed by the value's 64-bit hash (open addressing, linear probing, primitive arrays).
 *
 * <p>A string's bytes are copied once, when it is first seen, into one shared arena, and only their first
 * {@link #STORED_BYTES} (cut at a character boundary): 200 characters of ASCII, fewer of other scripts, which bounds
 * the table at about 2.5 MB per column and worker. Numbers are stored as their
 * raw long. When an int and a float of the same value meet (same hash), the int form is kept, whichever came first.
 */
final class ExactValues {
    /** Bytes kept of a string value: memory is per column and per worker, so this is kept small. */
    static final int STORED_BYTES = 256;

    private long[] hashes = new long[16];
    private long[] counts = new long[16];
    private byte[] kinds = new byte[16];
    private long[] raws = new long[16];
    private int[] lens = new int[16];
    private int mask = 15;
    private int size;
    private byte[] arena = new byte[256];
    private int used;

    int size() {
        return size;
    }

    /** Adds a number; returns whether it was new. */
    boolean addNumber(long hash, Kind kind, long raw, long weight) {
        int i = slot(hash);
        if (counts[i] != 0) {
            counts[i] += weight;
            if (kind == Kind.INT && kinds[i] == Kind.FLOAT.ordinal()) {
                kinds[i] = (byte) kind.ordinal();
                raws[i] = raw;
            }
            return false;
        }
        hashes[i] = hash;
        counts[i] = weight;
        kinds[i] = (byte) kind.ordinal();
        raws[i] = raw;
        return added();
    }

    /** Adds a string's occurrence(s); returns whether it was new. */
    boolean addText(long hash, byte[] b, int off, int len, boolean cut, long weight) {
        int i = slot(hash);
        if (counts[i] != 0) {
            counts[i] += weight;
            return false;
        }
        int keep = keep(b, off, len);
        if (used + keep > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + keep));
        }
        System.arraycopy(b, off, arena, used, keep);
        hashes[i] = hash;
        counts[i] = weight;
        kinds[i] = (byte) (Kind.STRING.ordinal() | (cut || keep < len ? 0x40 : 0));
        raws[i] = used;
        lens[i] = keep;
        used += keep;
        return added();
    }

    /** How many leading bytes of a string to store: all, or {@link #STORED_BYTES} backed off to a character start. */
    static int keep(byte[] b, int off, int len) {
        if (len <= STORED_BYTES) {
            return len;
        }
        int keep = STORED_BYTES;
        while (keep > 0 && (b[off + keep] & 0xC0) == 0x80) {
            keep--;
        }
        return keep;
    }

    /** Every entry, in table order. */
    List<Counted> entries() {
        List<Counted> out = new ArrayList<>(size);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                Kind kind = Kind.ALL[kinds[i] & 0x3F];
                if (kind == Kind.STRING) {
                    int from = (int) raws[i];
                    byte[] bytes = Arrays.copyOfRange(arena, from, from + lens[i]);
                    out.add(new Counted(hashes[i], kind, 0, bytes, (kinds[i] & 0x40) != 0, counts[i], 0));
                } else {
                    out.add(new Counted(hashes[i], kind, raws[i], null, false, counts[i], 0));
                }
            }
        }
        return out;
    }

    /** Adds an entry taken from another table. */
    void add(Counted c) {
        if (c.kind() == Kind.STRING) {
            addText(c.hash(), c.bytes(), 0, c.bytes().length, c.cut(), c.count());
        } else {
            addNumber(c.hash(), c.kind(), c.raw(), c.count());
        }
    }

    private int slot(long hash) {
        int i = (int) hash & mask;
        while (counts[i] != 0 && hashes[i] != hash) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private boolean added() {
        if (++size * 2 > counts.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] oh = hashes;
        long[] oc = counts;
        byte[] ok = kinds;
        long[] or = raws;
        int[] ol = lens;
        int cap = oh.length * 2;
        hashes = new long[cap];
        counts = new long[cap];
        kinds = new byte[cap];
        raws = new long[cap];
        lens = new int[cap];
        mask = cap - 1;
        for (int j = 0; j < oh.length; j++) {
            if (oc[j] != 0) {
                int i = slot(oh[j]);
                hashes[i] = oh[j];
                counts[i] = oc[j];
                kinds[i] = ok[j];
                raws[i] = or[j];
                lens[i] = ol[j];
            }
        }
    }
}
