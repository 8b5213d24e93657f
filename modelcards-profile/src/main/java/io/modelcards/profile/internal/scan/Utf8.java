package io.modelcards.profile.internal.scan;

/** Checks UTF-8 one sequence at a time, the way RFC 3629 defines it: no overlongs, no surrogates, nothing past U+10FFFF. */
public final class Utf8 {
    private Utf8() {}

    /**
     * The length of the valid sequence starting at {@code b[i]} (a byte of 0x80 or more), or 0 if it is invalid or
     * cut off by {@code end}.
     */
    public static int sequence(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        if (c >= 0xc2 && c <= 0xdf) {
            return i + 1 < end && cont(b[i + 1]) ? 2 : 0;
        }
        if (c >= 0xe0 && c <= 0xef) {
            if (i + 2 >= end || !cont(b[i + 1]) || !cont(b[i + 2])) {
                return 0;
            }
            int c1 = b[i + 1] & 0xff;
            if (c == 0xe0 && c1 < 0xa0 || c == 0xed && c1 > 0x9f) {
                return 0; // overlong, or a UTF-16 surrogate
            }
            return 3;
        }
        if (c >= 0xf0 && c <= 0xf4) {
            if (i + 3 >= end || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
                return 0;
            }
            int c1 = b[i + 1] & 0xff;
            if (c == 0xf0 && c1 < 0x90 || c == 0xf4 && c1 > 0x8f) {
                return 0; // overlong, or past U+10FFFF
            }
            return 4;
        }
        return 0;
    }

    private static boolean cont(byte x) {
        return (x & 0xc0) == 0x80;
    }

    /** The 1-based character column of byte {@code pos} in a line starting at {@code lineStart}. */
    public static long column(byte[] b, int lineStart, int pos) {
        long col = 1;
        for (int i = lineStart; i < pos; i++) {
            if ((b[i] & 0xc0) != 0x80) {
                col++;
            }
        }
        return col;
    }
}
