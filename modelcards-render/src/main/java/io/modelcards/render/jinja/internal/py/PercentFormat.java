package io.modelcards.render.jinja.internal.py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Python's printf-style {@code str % args}, used by the {@code %} operator and the {@code format} filter. */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** Python's {@code fmt % args}: a tuple is the positional values, a mapping the named ones, anything else one value. */
    public static String format(PyRuntime in, String fmt, Object args) {
        List<?> items = args instanceof PyTuple t ? t : List.of();
        Map<?, ?> mapping = args instanceof Map<?, ?> m ? m : null;
        boolean single = !(args instanceof PyTuple) && mapping == null;
        int next = 0;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i >= n) {
                throw bad("incomplete format");
            }
            Object value = null;
            boolean haveValue = false;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (close < 0 || mapping == null) {
                    throw bad(close < 0 ? "incomplete format key" : "format requires a mapping");
                }
                String key = fmt.substring(i + 1, close);
                if (!mapping.containsKey(key)) {
                    throw new TemplateError("template/runtime", "format key " + Repr.brief(key) + " is missing");
                }
                value = mapping.get(key);
                haveValue = true;
                i = close + 1;
            }
            String flags = "";
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags += fmt.charAt(i++);
            }
            long width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = Py.toLong(take(items, next++, single, args));
                if (width < 0) {
                    // Python: a negative * width means left-justified
                    flags += "-";
                    width = -width;
                }
                i++;
            } else {
                int s = i;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    i++;
                }
                if (i > s) {
                    width = number(fmt.substring(s, i));
                }
            }
            long precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    precision = Math.max(0, Py.toLong(take(items, next++, single, args)));
                    i++;
                } else {
                    int s = i;
                    while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                        i++;
                    }
                    precision = i > s ? number(fmt.substring(s, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw bad("incomplete format");
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                sb.append('%');
                continue;
            }
            if (!haveValue) {
                if (mapping != null) {
                    value = mapping;
                } else {
                    value = take(items, next++, single, args);
                }
            }
            in.reach(Math.max(width, 0));
            String piece = one(in, type, flags, (int) width, precision, value);
            in.reach((long) sb.length() + piece.length());
            sb.append(piece);
        }
        if (mapping == null && (single ? next == 0 && !(args instanceof Map) : next < items.size())) {
            throw bad("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private static Object take(List<?> items, int idx, boolean single, Object args) {
        if (single) {
            if (idx > 0) {
                throw bad("not enough arguments for format string");
            }
            return args;
        }
        if (idx >= items.size()) {
            throw bad("not enough arguments for format string");
        }
        return items.get(idx);
    }

    /** A width or precision written in the format; digits past what a long holds are refused as Python refuses them. */
    static long number(String digits) {
        if (digits.length() > 18) {
            throw new TemplateError("template/output-limit", "the width or precision " + digits.substring(0, 19)
                    + "... is too large; use a smaller number");
        }
        return Long.parseLong(digits);
    }

    private static TemplateError bad(String msg) {
        return new TemplateError("template/runtime", msg + "; make the % placeholders match the values");
    }

    private static String one(PyRuntime in, char type, String flags, int width, long precision, Object v) {
        boolean left = flags.indexOf('-') >= 0;
        boolean zero = flags.indexOf('0') >= 0 && !left;
        boolean alt = flags.indexOf('#') >= 0;
        String plus = flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        v = in.use(v);
        switch (type) {
            case 's', 'r', 'a' -> {
                String s = type == 's' ? Repr.str(in, v) : Repr.repr(in, v);
                if (precision >= 0 && precision < Py.len(s)) {
                    s = s.substring(0, s.offsetByCodePoints(0, (int) precision));
                }
                return padded("", s, width, left, false);
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                BigInteger b;
                if (Py.isIntLike(v)) {
                    b = Py.bigOf(v);
                } else if (Py.isFloat(v) && "diu".indexOf(type) >= 0) {
                    b = new BigDecimal(Py.toDouble(v)).toBigInteger();
                } else {
                    throw new TemplateError("template/runtime", "%" + type + " format: a"
                            + ("xXo".indexOf(type) >= 0 ? "n integer" : " real number") + " is required, not " + Py.typeName(v));
                }
                String sign = b.signum() < 0 ? "-" : plus;
                b = b.abs();
                String digits = switch (type) {
                    case 'x' -> (alt ? "0x" : "") + b.toString(16);
                    case 'X' -> (alt ? "0X" : "") + b.toString(16).toUpperCase(Locale.ROOT);
                    case 'o' -> (alt ? "0o" : "") + b.toString(8);
                    default -> Py.decimal(b);
                };
                if (precision > 0 && digits.length() < precision) {
                    in.reach(precision);
                    digits = "0".repeat((int) (precision - digits.length())) + digits;
                }
                return padded(sign, digits, width, left, zero);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!Py.isNumber(v)) {
                    throw new TemplateError("template/runtime", "%" + type + " format: a real number is required, not "
                            + Py.typeName(v));
                }
                double d = Py.toDouble(v);
                long p = precision < 0 ? 6 : precision;
                if ("gG".indexOf(type) < 0 || alt) {
                    in.reach(p + 330);
                }
                String body = switch (type) {
                    case 'e', 'E' -> FloatText.e(Math.abs(d), p, type == 'E');
                    case 'f', 'F' -> FloatText.f(Math.abs(d), p);
                    default -> FloatText.g(Math.abs(d), p, type == 'G', alt);
                };
                if (type == 'F') {
                    body = body.toUpperCase(Locale.ROOT);
                }
                boolean neg = d < 0 || (d == 0 && 1 / d < 0);
                return padded(neg ? "-" : plus, body, width, left, zero && Double.isFinite(d));
            }
            case 'c' -> {
                if (v instanceof String str ? Py.len(str) != 1 : !Py.isIntLike(v)) {
                    throw new TemplateError("template/runtime", "%c requires int or char, not "
                            + (v instanceof String ? "a string of " + Py.len(v) + " characters" : Py.typeName(v)));
                }
                return padded("", v instanceof String str ? str : PyStr.chr(codePoint(v)), width, left, false);
            }
            default -> throw bad("unsupported format character '" + type + "'");
        }
    }

    /** The code point {@code %c} and {@code {:c}} print for an int, refused outside Unicode's range as Python refuses it. */
    static int codePoint(Object v) {
        BigInteger b = Py.bigOf(v);
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(Character.MAX_CODE_POINT)) > 0) {
            throw new TemplateError("template/runtime", "%c arg not in range(0x110000); use a code point from 0 to"
                    + " 1114111");
        }
        return b.intValue();
    }

    static String padded(String sign, String body, int width, boolean left, boolean zero) {
        int len = sign.length() + body.length();
        if (width <= len) {
            return sign + body;
        }
        String fill = (zero ? "0" : " ").repeat(width - len);
        if (left) {
            return sign + body + fill;
        }
        return zero ? sign + fill + body : fill + sign + body;
    }
}
