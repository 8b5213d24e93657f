package io.modelcards.profile.internal.scan;

import java.nio.charset.StandardCharsets;

/** Turns a parsed decimal (sign, up to 18 significant digits, power of ten) into the correctly rounded double. */
public final class Decimals {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private Decimals() {}

    /**
     * The double of {@code ±m × 10^exp10} when {@code exact} says m and exp10 hold the number exactly with
     * {@code digits} significant digits; otherwise, or beyond the fast path, the text {@code b[s, s+len)} is parsed.
     */
    public static double of(boolean neg, long m, int digits, int exp10, boolean exact, byte[] b, int s, int len) {
        if (exact && digits <= 15 && exp10 >= -22 && exp10 <= 22) {
            // Clinger's fast path: both operands are exact doubles, so one IEEE operation rounds correctly.
            double v = exp10 >= 0 ? m * POW10[exp10] : m / POW10[-exp10];
            return neg ? -v : v;
        }
        return Double.parseDouble(new String(b, s, len, StandardCharsets.ISO_8859_1));
    }
}
