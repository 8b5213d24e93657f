package io.modelcards.profile.internal.privacy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads eight bytes at a time to pass over plain prose quickly: letters, spaces, full stops and commas. In such a
 * block nothing can begin a finding except a letter that starts a word, so the scanner only looks at those.
 * SWAR arithmetic: each byte's class lands in its own high bit, with no carries between bytes because every byte
 * is ASCII (below 0x80) when the masks are computed.
 */
final class Prose {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    /** What {@link #wordStarts} returns for a block that is not plain prose; never a valid mask (it has low bits). */
    static final long NOT_PROSE = -1L;

    private Prose() {}

    /**
     * For the eight bytes at i: when all are letters, spaces, full stops or commas, a mask with the high bit of each
     * byte that is a letter starting a word that may begin a finding (byte k at bit 8k+7; the first byte starts a word
     * when {@code afterSeparator}); otherwise {@link #NOT_PROSE}.
     */
    static long wordStarts(byte[] b, int i, boolean afterSeparator) {
        long x = (long) LONGS.get(b, i);
        if ((x & HIGH) != 0) {
            return NOT_PROSE;
        }
        long letters = atLeast(x, 'a') & ~atLeast(x, 'z' + 1) | atLeast(x, 'A') & ~atLeast(x, 'Z' + 1);
        long separators = equal(x, ' ') | equal(x, '.') | equal(x, ',');
        if ((letters | separators) != HIGH) {
            return NOT_PROSE;
        }
        long starts = letters & (separators << 8 | (afterSeparator ? 0x80L : 0L));
        if (starts == 0) {
            return 0;
        }
        // Every key shape and IBAN runs to 10 or more bytes without a space, or has a digit, '_' or '-' (not prose)
        // in its first five, so a word that starts here and ends here cannot begin one; except Bearer and Basic (a
        // short word, then the credential) and SendGrid's "SG." (a full stop after two letters).
        long lastStart = Long.highestOneBit(starts);
        long open = (separators & -(lastStart << 1)) == 0 ? lastStart : 0;
        return starts & (open | equal(x | 0x2020202020202020L, 'b') | equal(x, 'S'));
    }

    /** The high bit of each byte that is at least v (bytes below 0x80, v from 1 to 0x80). */
    private static long atLeast(long x, int v) {
        return x + (0x80 - v) * ONES & HIGH;
    }

    /** The high bit of each byte equal to v (bytes below 0x80). */
    private static long equal(long x, int v) {
        long y = x ^ v * ONES;
        return ~((y & LOW7) + LOW7 | y) & HIGH;
    }
}
