package io.modelcards.profile.internal.column;

import io.modelcards.profile.internal.privacy.PrivacyPrefilter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Measures one UTF-8 string in a single pass: its 64-bit hash, its length in characters and its word count.
 *
 * <p>Characters are Unicode code points: bytes that are not UTF-8 continuation bytes ({@code 10xxxxxx}). Words are
 * maximal runs of non-whitespace, where whitespace is ASCII space, tab, LF, VT, FF, CR, U+00A0 (no-break space) and
 * U+3000 (ideographic space); other Unicode spaces count as word characters, which keeps the scan byte-local. The bytes
 * are read 16 at a time as two little-endian longs; all-ASCII pairs are classified with SWAR bit tricks, other
 * blocks byte by byte. The hash is an xxHash64-style round per 8-byte block, on two lanes, with a MurmurHash3
 * finalizer. One instance per accumulator, reused for every value (the results are fields, so nothing is allocated
 * per value).
 */
final class TextScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long SEED = 0x27D4EB2F165667C5L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final long SPACES = 0x2020202020202020L;
    private static final long NINES = 0x0909090909090909L;
    private static final long LE13 = 0x8D8D8D8D8D8D8D8DL;

    long hash;
    int chars;
    int words;
    /**
     * Whether the text may hold personal data or a secret (it passed {@link PrivacyPrefilter}); computed on the
     * words read.
     */
    boolean mayHoldPii;

    /** Measures {@code len} bytes from {@code off}; read the results from the fields. */
    void scan(byte[] b, int off, int len) {
        long h = SEED + len * P4;
        int ch = 0;
        int wd = 0;
        boolean prevSpace = true;
        int i = off;
        int end = off + len;
        long h2 = SEED ^ P1;
        long carry = 0x80L;
        boolean mayHold = false;
        long cap = 0;
        // two blocks per step: two hash lanes halve the multiply chain; ASCII pairs are classified with SWAR
        for (; i + 16 <= end; i += 16) {
            long x = (long) LONGS.get(b, i);
            long y = (long) LONGS.get(b, i + 8);
            if (!mayHold) {
                long ax = asLetters(x);
                long ay = asLetters(y);
                mayHold = PrivacyPrefilter.word(ax, cap) || PrivacyPrefilter.word(ay, PrivacyPrefilter.capitalsAtEnd(ax));
                cap = PrivacyPrefilter.capitalsAtEnd(ay);
            }
            h ^= Long.rotateLeft(x * P2, 31) * P1;
            h = Long.rotateLeft(h, 27) * P1 + P4;
            h2 ^= Long.rotateLeft(y * P2, 31) * P1;
            h2 = Long.rotateLeft(h2, 27) * P1 + P4;
            if (((x | y) & HIGHS) == 0) {
                long wx = whitespace(x);
                long wy = whitespace(y);
                wd += Long.bitCount(~wx & HIGHS & ((wx << 8) | carry))
                        + Long.bitCount(~wy & HIGHS & ((wy << 8) | (wx >>> 56)));
                carry = wy >>> 56;
                ch += 16;
            } else if ((x & 0xC0) != 0x80 && !mayHoldUnicodeSpace(x) && !mayHoldUnicodeSpace(y)) {
                // (A block that opens with a continuation byte may finish a space begun in the block before.)
                // Letters beyond ASCII: characters are the bytes that are not continuation bytes (10xxxxxx), and
                // for words every non-ASCII byte is a letter, since neither no-break nor ideographic space is here.
                ch += 16 - Long.bitCount(x & ~(x << 1) & HIGHS) - Long.bitCount(y & ~(y << 1) & HIGHS);
                long wx = whitespace(asLetters(x));
                long wy = whitespace(asLetters(y));
                wd += Long.bitCount(~wx & HIGHS & ((wx << 8) | carry))
                        + Long.bitCount(~wy & HIGHS & ((wy << 8) | (wx >>> 56)));
                carry = wy >>> 56;
            } else {
                long r = bytes(b, i, i + 16, end, carry != 0);
                ch += counted(r);
                wd += (int) (r >>> 32) & 0x7FFFFFFF;
                carry = r < 0 ? 0x80L : 0L;
            }
        }
        prevSpace = carry != 0;
        h ^= Long.rotateLeft(h2, 17);
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(b, i);
            if (!mayHold) {
                long ax = asLetters(x);
                mayHold = PrivacyPrefilter.word(ax, cap);
                cap = PrivacyPrefilter.capitalsAtEnd(ax);
            }
            h ^= Long.rotateLeft(x * P2, 31) * P1;
            h = Long.rotateLeft(h, 27) * P1 + P4;
            if ((x & HIGHS) == 0) {
                long ws = whitespace(x);
                long starts = ~ws & HIGHS & ((ws << 8) | (prevSpace ? 0x80L : 0L));
                wd += Long.bitCount(starts);
                ch += 8;
                prevSpace = ws < 0; // the top byte is the last of the block
            } else {
                long r = bytes(b, i, i + 8, end, prevSpace);
                ch += counted(r);
                wd += (int) (r >>> 32) & 0x7FFFFFFF;
                prevSpace = r < 0;
            }
        }
        long tail = 0;
        int n = end - i;
        boolean word = false;
        if (n > 0 && len >= 8) {
            // The last n bytes, read as one word ending at the value's end, shifted down: the same value the byte
            // loop below builds.
            tail = (long) LONGS.get(b, end - 8) >>> (8 * (8 - n));
            word = true;
        } else if (n > 0 && i + 8 <= b.length) {
            // A short value inside a larger buffer: one word read past its end, the extra bytes cleared.
            tail = (long) LONGS.get(b, i) & (-1L >>> (8 * (8 - n)));
            word = true;
        }
        if (word && (tail & HIGHS) == 0) {
            // An ASCII tail: classify it like a full block, with the missing top bytes padded as a non-space letter.
            long ws = whitespace(tail | (0x7878787878787878L << (8 * n)));
            long starts = ~ws & HIGHS & ((ws << 8) | (prevSpace ? 0x80L : 0L));
            wd += Long.bitCount(starts & (-1L >>> (8 * (8 - n))));
            ch += n;
        } else {
            tail = 0;
            for (int j = i, shift = 0; j < end; j++, shift += 8) {
                tail |= (long) (b[j] & 0xFF) << shift;
            }
            long r = bytes(b, i, end, end, prevSpace);
            ch += counted(r);
            wd += (int) (r >>> 32) & 0x7FFFFFFF;
        }
        if (i < end) {
            h ^= Long.rotateLeft(tail * P2, 31) * P1;
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (!mayHold && n > 0) {
            // The tail's n bytes, the rest padded with a letter that triggers nothing.
            mayHold = PrivacyPrefilter.word(asLetters(tail | (XS << (8 * n))), cap);
        }
        mayHoldPii = mayHold;
        hash = ValueHash.mix(h ^ len);
        chars = ch;
        words = wd;
    }

    /** Per byte of an all-ASCII block, 0x80 where the byte is ASCII whitespace (space or 0x09..0x0D), else 0. */
    private static long whitespace(long x) {
        long t = x ^ SPACES;
        long isSpace = ~(((t & LOWS) + LOWS) | t | LOWS);
        long ge9 = ((x | HIGHS) - NINES) & HIGHS;
        long le13 = (LE13 - x) & HIGHS;
        return isSpace | (ge9 & le13);
    }

    /**
     * Characters and word starts of b[from, to), a byte at a time (for blocks with a possible Unicode space or a split
     * character): characters in the low 32 bits, words in bits 32..62, and the sign bit set when the last character
     * is a space.
     */
    private static long bytes(byte[] b, int from, int to, int end, boolean prevSpace) {
        long ch = 0;
        long wd = 0;
        for (int j = from; j < to; j++) {
            int c = b[j] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue; // a continuation byte belongs to the character before it
            }
            ch++;
            boolean sp = isSpaceAt(b, j, end, c);
            if (!sp && prevSpace) {
                wd++;
            }
            prevSpace = sp;
        }
        return ch | wd << 32 | (prevSpace ? Long.MIN_VALUE : 0);
    }

    private static int counted(long r) {
        return (int) r;
    }

    private static final long C2 = 0xC2C2C2C2C2C2C2C2L;
    private static final long E3 = 0xE3E3E3E3E3E3E3E3L;
    private static final long ONES = 0x0101010101010101L;
    private static final long XS = 0x7878787878787878L;

    /** Whether a block may hold U+00A0 or U+3000 (it has a 0xC2 or 0xE3 lead byte). */
    private static boolean mayHoldUnicodeSpace(long x) {
        long a = x ^ C2;
        long e = x ^ E3;
        return ((((a - ONES) & ~a) | ((e - ONES) & ~e)) & HIGHS) != 0;
    }

    /** The block with every non-ASCII byte replaced by 'x', so the ASCII whitespace test reads them as letters. */
    private static long asLetters(long x) {
        long m = ((x & HIGHS) >>> 7) * 0xFF;
        return x & ~m | XS & m;
    }

    private static boolean isSpaceAt(byte[] b, int j, int end, int c) {
        if (c < 0x80) {
            return c == 0x20 || (c >= 0x09 && c <= 0x0D);
        }
        if (c == 0xC2) {
            return j + 1 < end && b[j + 1] == (byte) 0xA0;
        }
        return c == 0xE3 && j + 2 < end && b[j + 1] == (byte) 0x80 && b[j + 2] == (byte) 0x80;
    }
}
