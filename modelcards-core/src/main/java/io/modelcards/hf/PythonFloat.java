package io.modelcards.hf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}, the text Python tools (PyYAML, Jinja2, huggingface_hub) write for a float: shortest
 * round-trip digits, {@code 2e-05} and {@code 1e+20} outside [1e-4, 1e16), {@code 100.0} for integral values.
 * The one implementation of it in modelcards; YAML and template output both build on it.
 */
public final class PythonFloat {
    private PythonFloat() {
    }

    /** Python {@code repr(float)}: 0.30000000000000004, 2e-05, 1e+20, 100.0. */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (long) d + ".0";
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            return sign + fixed(digits, decpt);
        }
        int e = decpt - 1;
        String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return sign + mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }

    private static String fixed(String digits, int decpt) {
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** The shortest decimal that reads back as {@code d}, trailing zeros stripped. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        // Double.toString always round-trips; on Java 17 it is sometimes one digit too long, so try shorter.
        BigDecimal viaJava = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int hi = viaJava.precision();
        int lo = 1;
        BigDecimal best = viaJava;
        if (hi > 1) {
            BigDecimal candidate = exact.round(new MathContext(hi - 1, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() != d) {
                return viaJava;
            }
            best = candidate;
            hi = hi - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                BigDecimal c = exact.round(new MathContext(mid, RoundingMode.HALF_EVEN));
                if (c.doubleValue() == d) {
                    best = c;
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (best.precision() != hi) {
                best = exact.round(new MathContext(hi, RoundingMode.HALF_EVEN));
            }
        }
        return best.stripTrailingZeros();
    }
}
