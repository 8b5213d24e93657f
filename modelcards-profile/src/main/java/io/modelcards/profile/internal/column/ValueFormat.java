package io.modelcards.profile.internal.column;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * How values are written in top-value lists: ints in decimal, bools as {@code true}/{@code false}, floats like
 * Python's {@code repr} (1.0, 2.5, 1e-05, 1e+16, nan, inf), strings truncated to {@link #MAX_CHARS} characters
 * followed by "…".
 */
final class ValueFormat {
    static final int MAX_CHARS = 200;

    private ValueFormat() {}

    static String of(Counted c) {
        return switch (c.kind()) {
            case BOOL -> c.raw() != 0 ? "true" : "false";
            case INT -> Long.toString(c.raw());
            case FLOAT -> pythonRepr(Double.longBitsToDouble(c.raw()));
            default -> text(c.bytes(), c.cut());
        };
    }

    static String text(byte[] bytes, boolean cut) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        int chars = s.codePointCount(0, s.length());
        if (chars > MAX_CHARS) {
            return s.substring(0, s.offsetByCodePoints(0, MAX_CHARS)) + "…";
        }
        return cut ? s + "…" : s;
    }

    /** The shortest digits Java finds, laid out as Python's repr does: positional for exponents −4 to 15. */
    static String pythonRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = bd.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
}
