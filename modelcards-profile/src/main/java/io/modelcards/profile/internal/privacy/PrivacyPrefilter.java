package io.modelcards.profile.internal.privacy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decides in one SWAR pass whether a text can hold any finding at all, so that clean prose (the bulk of a dataset)
 * skips the scanner. Every rule needs one of these somewhere in the text, and the prefilter looks for exactly them:
 * <ul>
 *   <li>a digit, {@code @ = : _ - + ( /}: e-mails, phones, cards, IBAN check digits, assignments, PEM headers, and
 *       every key prefix with a separator or digit (ghp_, sk-, hf_, xoxb-, npm_, ya29., ...); to stay cheap the
 *       prefilter takes every byte from {@code (} to {@code @} but the comma and full stop, so {@code ) * ; < > ?}
 *       pass too;</li>
 *   <li>two capitals in a row: IBAN countries, AKIA and the other AWS prefixes, AIza, SG., SK;</li>
 *   <li>a capital J: the {@code eyJ} of a JWT, whose parts may be letters only;</li>
 * </ul>
 * Bearer and Basic credentials and Databricks tokens must hold a digit. A text the prefilter passes is scanned in
 * full, so the prefilter never changes a result; it only saves the scan.
 */
public final class PrivacyPrefilter {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private PrivacyPrefilter() {}

    /** Whether b[off, end) contains anything a finding needs. */
    public static boolean mayContain(byte[] b, int off, int end) {
        long upperCarry = 0;
        int i = off;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(b, i);
            long a = x & ~(((x & HIGH) >>> 7) * 0xFF) & LOW7;
            long upper = range(a, 'A', 'Z');
            if ((hits(a) | upper & ((upper << 8) | upperCarry)) != 0) {
                return true;
            }
            upperCarry = upper >>> 56;
        }
        int n = end - i;
        if (n > 0 && i + 8 <= b.length) {
            // A short rest, read as one word from the array (which goes on past the value) with the extra bytes
            // cleared: cheaper than a byte loop, and most values (tags, labels, categories) are only this rest.
            long x = (long) LONGS.get(b, i) & (-1L >>> (8 * (8 - n)));
            long a = x & ~(((x & HIGH) >>> 7) * 0xFF) & LOW7;
            long upper = range(a, 'A', 'Z');
            return (hits(a) | upper & ((upper << 8) | upperCarry)) != 0;
        }
        for (; i < end; i++) {
            int c = b[i];
            boolean up = c >= 'A' && c <= 'Z';
            if (c >= '(' && c <= '@' && c != ',' && c != '.' || c == '_' || c == 'J' || up && upperCarry != 0) {
                return true;
            }
            upperCarry = up ? 1 : 0;
        }
        return false;
    }

    /**
     * Whether an ASCII word (non-ASCII bytes replaced by a letter that triggers nothing, such as 'x') holds a trigger
     * byte or a capital pair, given whether the byte before it was a capital ({@code capitalBefore} is 0x80 or 0).
     * See {@link #capitalsAtEnd} for the carry. For scans that read the words
     * anyway, so that the prefilter costs no pass of its own; the same test {@link #mayContain} makes.
     */
    public static boolean word(long a, long capitalBefore) {
        long upper = range(a, 'A', 'Z');
        return (hits(a) | upper & ((upper << 8) | capitalBefore)) != 0;
    }

    /** The capital flag (0x80 or 0) of a word's last byte, to pass as {@code capitalBefore} of the next word. */
    public static long capitalsAtEnd(long a) {
        return range(a, 'A', 'Z') >>> 56;
    }

    /**
     * Flags (not exact in position, exact in whether any is set) of the trigger bytes of an ASCII word: {@code (}
     * to {@code @} but the comma and full stop, the underscore and a capital J. Zero bytes trigger nothing.
     */
    private static long hits(long a) {
        // The exclusion must be exact: a stray flag here would hide a trigger byte.
        long punctuation = range(a, '(', '@') & ~equal(a | 0x0202020202020202L, '.');
        return punctuation | any(a, '_') | any(a, 'J');
    }

    /**
     * High bits where a byte may equal v: exact for the lowest such byte, possibly set above it (borrows), so only
     * good for asking whether any byte equals v. Bytes below 0x80.
     */
    private static long any(long a, int v) {
        long y = a ^ v * ONES;
        return (y - ONES) & ~y & HIGH;
    }

    /** High bit of each byte in [lo, hi] (bytes below 0x80). */
    private static long range(long a, int lo, int hi) {
        long ge = a + (0x80 - lo) * ONES & HIGH;
        long gt = a + (0x80 - hi - 1) * ONES & HIGH;
        return ge & ~gt;
    }

    /** High bit of each byte equal to v (bytes below 0x80; works on any long, flagging only exact bytes). */
    private static long equal(long x, int v) {
        long y = x ^ v * ONES;
        return ~((y & LOW7) + LOW7 | y | LOW7);
    }
}
