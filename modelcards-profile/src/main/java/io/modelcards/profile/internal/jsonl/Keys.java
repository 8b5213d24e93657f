package io.modelcards.profile.internal.jsonl;

import io.modelcards.profile.internal.scan.RowTarget;
import io.modelcards.profile.internal.scan.ValueSink;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Resolves field names to sinks without building a String per field: a small open-addressing table keyed by the
 * parent sink and the key's bytes. A parent of null stands for the row itself (top-level columns).
 */
final class Keys {
    private final RowTarget target;
    private Object[] parents = new Object[256];
    private byte[][] names = new byte[256][];
    private ValueSink[] sinks = new ValueSink[256];
    private int used;

    Keys(RowTarget target) {
        this.target = target;
    }

    private byte[][] lastNames = new byte[16][];
    private ValueSink[] lastSinks = new ValueSink[16];

    /**
     * The sink of the {@code ordinal}-th top-level field of a row, whose FIELD event is at {@code i}. Rows of a JSON
     * Lines file nearly always list the same keys in the same order, so the key seen at this place in the last row is
     * tried first: one length check and one byte comparison, no hashing.
     */
    ValueSink topField(int ordinal, Tape tape, int i, byte[] line) {
        byte[] src = tape.keySource(i, line);
        int off = tape.keyStart(i);
        int len = tape.keyLength(i);
        if (ordinal < lastNames.length) {
            byte[] last = lastNames[ordinal];
            if (last != null && last.length == len && Arrays.equals(last, 0, len, src, off, off + len)) {
                return lastSinks[ordinal];
            }
        } else {
            lastNames = Arrays.copyOf(lastNames, ordinal * 2);
            lastSinks = Arrays.copyOf(lastSinks, ordinal * 2);
        }
        ValueSink sink = field(null, tape, i, line);
        lastNames[ordinal] = Arrays.copyOfRange(src, off, off + len);
        lastSinks[ordinal] = sink;
        return sink;
    }

    /** The sink of the field whose FIELD event is at {@code i} of the tape, under {@code parent} (null: top level). */
    ValueSink field(ValueSink parent, Tape tape, int i, byte[] line) {
        byte[] src = tape.keySource(i, line);
        int off = tape.keyStart(i);
        int len = tape.keyLength(i);
        int h = hash(parent, src, off, len);
        int mask = names.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            byte[] name = names[slot];
            if (name == null) {
                byte[] copy = Arrays.copyOfRange(src, off, off + len);
                String s = new String(copy, StandardCharsets.UTF_8);
                ValueSink sink = parent == null ? target.column(s) : parent.field(s);
                names[slot] = copy;
                parents[slot] = parent;
                sinks[slot] = sink;
                if (++used * 2 > names.length) {
                    grow();
                }
                return sink;
            }
            if (parents[slot] == parent && name.length == len
                    && Arrays.equals(name, 0, len, src, off, off + len)) {
                return sinks[slot];
            }
        }
    }

    private static int hash(Object parent, byte[] b, int off, int len) {
        int h = parent == null ? 0 : System.identityHashCode(parent);
        for (int i = off; i < off + len; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    private void grow() {
        Object[] oldParents = parents;
        byte[][] oldNames = names;
        ValueSink[] oldSinks = sinks;
        parents = new Object[oldNames.length * 2];
        names = new byte[oldNames.length * 2][];
        sinks = new ValueSink[oldNames.length * 2];
        int mask = names.length - 1;
        for (int k = 0; k < oldNames.length; k++) {
            if (oldNames[k] != null) {
                int slot = hash(oldParents[k], oldNames[k], 0, oldNames[k].length) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                parents[slot] = oldParents[k];
                names[slot] = oldNames[k];
                sinks[slot] = oldSinks[k];
            }
        }
    }
}
