package io.modelcards.diff;

import java.math.BigDecimal;
import java.math.MathContext;

/** Rounding of computed differences, so that {@code 0.8712 - 0.8853} reads {@code -0.0141}, not {@code -0.014100000000000001}. */
final class Numbers {
    private static final MathContext DIGITS = new MathContext(12);

    private Numbers() {}

    /** {@code x} to 12 significant digits; infinities and NaN as they are. */
    static double round(double x) {
        return Double.isFinite(x) ? new BigDecimal(x).round(DIGITS).doubleValue() : x;
    }

    /** The shortest text of {@code x} for people: {@code 0.0141}, {@code 67349}, {@code 1.0E-6} as {@code 0.000001}. */
    static String text(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        String s = new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
