package io.modelcards.profile.internal.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte scanning eight bytes at a time (SWAR), for the parsers' hot loops.
 *
 * <p>Each finder returns the first index in {@code [i, end)} whose byte is of interest, or {@code end}. The word tricks
 * may flag bytes after the first hit (borrows carry upwards), never before it, so the lowest flag is exact.
 */
public final class Bytes {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTE = ONES * '"';
    private static final long BACKSLASH = ONES * '\\';
    private static final long SPACE = ONES * 0x20;

    private Bytes() {}

    /** Eight bytes at {@code i}, little-endian; {@code i + 8 <= b.length}. */
    public static long word(byte[] b, int i) {
        return (long) LONG.get(b, i);
    }

    /** Flags (high bit of each byte) of the bytes of {@code w} equal to the byte repeated in {@code pattern}. */
    public static long eq(long w, long pattern) {
        long x = w ^ pattern;
        return (x - ONES) & ~x & HIGHS;
    }

    /** The pattern word of a byte value. */
    public static long pattern(int b) {
        return ONES * (b & 0xff);
    }

    /** First byte that ends or interrupts a plain JSON string run: quote, backslash, control, or non-ASCII. */
    public static int jsonStringStop(byte[] b, int i, int end) {
        while (i + 8 <= end) {
            long w = word(b, i);
            long hit = eq(w, QUOTE) | eq(w, BACKSLASH) | ((w - SPACE) & ~w & HIGHS) | (w & HIGHS);
            if (hit != 0) {
                return i + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
            i += 8;
        }
        while (i < end) {
            int c = b[i] & 0xff;
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
                return i;
            }
            i++;
        }
        return end;
    }

    /** First byte equal to one of {@code a}, {@code c}, {@code d} (as pattern words), or non-ASCII. */
    public static int stop3(byte[] b, int i, int end, long a, long c, long d) {
        while (i + 8 <= end) {
            long w = word(b, i);
            long hit = eq(w, a) | eq(w, c) | eq(w, d) | (w & HIGHS);
            if (hit != 0) {
                return i + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
            i += 8;
        }
        int ba = (int) (a & 0xff);
        int bc = (int) (c & 0xff);
        int bd = (int) (d & 0xff);
        while (i < end) {
            int x = b[i] & 0xff;
            if (x == ba || x == bc || x == bd || x >= 0x80) {
                return i;
            }
            i++;
        }
        return end;
    }

    /** First byte equal to the byte of {@code pattern} in {@code [i, end)}, or {@code end}. */
    public static int indexOf(byte[] b, int i, int end, long pattern) {
        while (i + 8 <= end) {
            long x = word(b, i) ^ pattern;
            long zero = ~(((x & 0x7f7f7f7f7f7f7f7fL) + 0x7f7f7f7f7f7f7f7fL) | x) & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            i += 8;
        }
        byte v = (byte) pattern;
        while (i < end && b[i] != v) {
            i++;
        }
        return i;
    }

    /** Line feeds in {@code [i, end)}. */
    public static long countLineFeeds(byte[] b, int i, int end) {
        long pattern = pattern('\n');
        long n = 0;
        while (i + 8 <= end) {
            long x = word(b, i) ^ pattern;
            // Exact per-byte zero test (no borrow): a byte is zero iff its low 7 bits plus 0x7f do not carry and its high bit is 0.
            long zero = ~(((x & 0x7f7f7f7f7f7f7f7fL) + 0x7f7f7f7f7f7f7f7fL) | x) & HIGHS;
            n += Long.bitCount(zero);
            i += 8;
        }
        while (i < end) {
            if (b[i++] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Last line feed in {@code [from, to)}, or -1. */
    public static int lastLineFeed(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
