package io.modelcards.render.jinja.internal.py;

import io.modelcards.hf.PythonFloat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Float text exactly as CPython writes it: {@code repr} (shortest round-trip digits) and the {@code f e g}
 * conversions, all correctly rounded from the exact binary value (Java's Formatter rounds half-up instead).
 */
public final class FloatText {
    /**
     * More decimals than any double has: its exact expansion ends within 1074 places after the point and holds at most
     * 767 significant digits, so rounding there changes nothing and further places are zeros.
     */
    private static final int EXACT = 1100;

    private FloatText() {
    }

    /** Python {@code repr(float)}: 0.30000000000000004, 2e-05, 1e+20, 100.0. */
    static String repr(double d) {
        return PythonFloat.repr(d);
    }

    /** Python {@code '%.{p}f' % d} without sign handling of nan/inf beyond Python's words. */
    public static String f(double d, long precision) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return repr(d);
        }
        if (precision > EXACT) {
            return f(d, EXACT) + "0".repeat((int) (precision - EXACT));
        }
        String s = new BigDecimal(d).setScale((int) precision, RoundingMode.HALF_EVEN).toPlainString();
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            return s.startsWith("-") ? s : "-" + s;
        }
        return s;
    }

    /** Python {@code '%.{p}e' % d}. */
    static String e(double d, long precision, boolean upper) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return upper ? repr(d).toUpperCase(Locale.ROOT) : repr(d);
        }
        if (precision > EXACT) {
            String head = e(d, EXACT, upper);
            int mark = head.indexOf(upper ? 'E' : 'e');
            return head.substring(0, mark) + "0".repeat((int) (precision - EXACT)) + head.substring(mark);
        }
        String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
        int exp;
        String digits;
        if (d == 0) {
            exp = 0;
            digits = "0".repeat((int) precision + 1);
        } else {
            BigDecimal r = new BigDecimal(Math.abs(d)).round(new MathContext((int) precision + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < precision + 1) {
                digits = digits + "0".repeat((int) precision + 1 - digits.length());
            } else {
                digits = digits.substring(0, (int) precision + 1);
            }
        }
        String mant = precision > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits.substring(0, 1);
        return sign + mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** Python {@code '%.{p}g' % d}; {@code alt} keeps trailing zeros ({@code #} flag). */
    static String g(double d, long precision, boolean upper, boolean alt) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return upper ? repr(d).toUpperCase(Locale.ROOT) : repr(d);
        }
        long p = precision == 0 ? 1 : precision;
        // past EXACT significant digits nothing rounds, so the digits are computed there and only the style uses p
        long digits = alt ? p : Math.min(p, EXACT);
        int exp;
        if (d == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(Math.abs(d)).round(new MathContext((int) Math.min(p, EXACT), RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s;
        if (exp >= -4 && exp < p) {
            s = f(d, Math.max(0, digits - 1 - exp));
        } else {
            s = e(d, digits - 1, upper);
        }
        if (!alt) {
            s = stripZeros(s);
        }
        return s;
    }

    private static String stripZeros(String s) {
        int ePos = Math.max(s.indexOf('e'), s.indexOf('E'));
        String mant = ePos >= 0 ? s.substring(0, ePos) : s;
        String tail = ePos >= 0 ? s.substring(ePos) : "";
        if (mant.indexOf('.') >= 0) {
            int end = mant.length();
            while (mant.charAt(end - 1) == '0') {
                end--;
            }
            if (mant.charAt(end - 1) == '.') {
                end--;
            }
            mant = mant.substring(0, end);
        }
        return mant + tail;
    }
}
