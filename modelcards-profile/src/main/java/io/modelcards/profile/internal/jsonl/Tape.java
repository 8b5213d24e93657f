package io.modelcards.profile.internal.jsonl;

import io.modelcards.profile.internal.scan.ValueSink;
import java.util.Arrays;

/**
 * One JSON line, parsed but not yet delivered: a flat list of events that is replayed into the sinks only once the
 * whole line is known to be valid, so a bad line contributes nothing. Reused from line to line; no allocation once
 * warmed up.
 */
final class Tape {
    static final byte FIELD = 1;
    static final byte NULL = 2;
    static final byte TRUE = 3;
    static final byte FALSE = 4;
    static final byte INT = 5;
    static final byte FLOAT = 6;
    static final byte TEXT = 7;   // a = start, b = length, in the line's buffer
    static final byte ESCAPED = 8; // a = start, b = length, in the scratch buffer
    static final byte LIST = 9;   // b = element count, a = index of the matching END
    static final byte OBJECT = 10; // a = index of the matching END
    static final byte END = 11;

    byte[] kind = new byte[64];
    long[] a = new long[64];
    int[] b = new int[64];
    int size;
    byte[] scratch = new byte[256];
    int scratchSize;

    void clear() {
        size = 0;
        scratchSize = 0;
    }

    int add(byte k, long av, int bv) {
        if (size == kind.length) {
            kind = Arrays.copyOf(kind, size * 2);
            a = Arrays.copyOf(a, size * 2);
            b = Arrays.copyOf(b, size * 2);
        }
        kind[size] = k;
        a[size] = av;
        b[size] = bv;
        return size++;
    }

    void scratchByte(int v) {
        if (scratchSize == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratchSize * 2);
        }
        scratch[scratchSize++] = (byte) v;
    }

    /** Delivers the value at {@code i} to {@code sink}; returns the index after it. */
    int replay(int i, ValueSink sink, byte[] line, Keys keys) {
        switch (kind[i]) {
            case NULL -> sink.nullValue();
            case TRUE -> sink.boolValue(true);
            case FALSE -> sink.boolValue(false);
            case INT -> sink.intValue(a[i]);
            case FLOAT -> sink.floatValue(Double.longBitsToDouble(a[i]));
            case TEXT -> sink.textValue(line, (int) a[i], b[i]);
            case ESCAPED -> sink.textValue(scratch, (int) a[i], b[i]);
            case LIST -> {
                sink.listValue(b[i]);
                int end = (int) a[i];
                int j = i + 1;
                if (j < end) {
                    ValueSink elements = sink.elements();
                    while (j < end) {
                        j = replay(j, elements, line, keys);
                    }
                }
                return end + 1;
            }
            case OBJECT -> {
                sink.structValue();
                int end = (int) a[i];
                int j = i + 1;
                while (j < end) {
                    ValueSink field = keys.field(sink, this, j, line);
                    j = replay(j + 1, field, line, keys);
                }
                return end + 1;
            }
            default -> throw new IllegalStateException("tape out of step at " + i);
        }
        return i + 1;
    }

    /** The key bytes of the FIELD event at {@code i}: in {@code line} or in {@code scratch}. */
    byte[] keySource(int i, byte[] line) {
        return b[i] < 0 ? scratch : line;
    }

    int keyStart(int i) {
        return (int) a[i];
    }

    int keyLength(int i) {
        return b[i] < 0 ? -b[i] - 1 : b[i];
    }
}
