package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Access;
import io.modelcards.render.jinja.internal.py.Budget;
import io.modelcards.render.jinja.internal.py.Deadline;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja2's built-in filters on text and numbers that take more than a line, with the same defaults and results;
 * {@link FilterTable} names them all, sequence filters live in {@link SeqFilters}.
 */
final class Filters {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD_BEGIN = Pattern.compile("([-\\s({\\[<]+)", Pattern.UNICODE_CHARACTER_CLASS);

    private Filters() {
    }

    /** The {@code i}-th filter argument, given by position or by {@code name}, else {@code dflt}. */
    static Object arg(List<Object> args, Map<String, Object> kw, int i, String name, Object dflt) {
        if (i < args.size()) {
            return args.get(i);
        }
        return kw.containsKey(name) ? kw.get(name) : dflt;
    }

    /** {@code default(value, boolean)}: the value, or the default when undefined (or false, with {@code boolean}). */
    static Object defaultValue(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object d = arg(a, kw, 0, "default_value", "");
        boolean bool = Py.truthy(arg(a, kw, 1, "boolean", false));
        return v instanceof Undefined || (bool && !Py.truthy(v)) ? d : v;
    }

    /** {@code replace(old, new, count)}: Python's str.replace on the value's text. */
    static Object replace(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object count = arg(a, kw, 2, "count", null);
        return PyStr.replace(in, in.text(v), in.text(a.get(0)), in.text(arg(a, kw, 1, "new", "")),
                count == null ? -1 : Py.toLong(count));
    }

    /** {@code wordcount}: how many runs of word characters the text holds. */
    static Object wordcount(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Matcher m = WORD.matcher(Deadline.text(in, in.text(v)));
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** {@code abs}: the absolute value, an int staying an int of any size. */
    static Object abs(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object n = in.use(v);
        if (Py.isFloat(n)) {
            return Math.abs(Py.toDouble(n));
        }
        return Py.bigOf(n).abs().bitLength() <= 63 ? (Object) Math.abs(Py.toLong(n)) : Py.bigOf(n).abs();
    }

    /** {@code random}: refused, because a card must render the same on every run. */
    static Object random(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        throw new TemplateError("template/forbidden", "the random filter would make the card differ on every render;"
                + " pick the item with first, last or an index instead");
    }

    /** {@code float(default)}: the value as a float, or the default when it is not a number. */
    static Object toFloat(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        return toFloat(defined(in.use(v)), arg(a, kw, 0, "default", 0.0));
    }

    /** Jinja2's title filter: capitalises after spaces, dashes and opening brackets (not str.title()). */
    static String title(Budget in, String s) {
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD_BEGIN.matcher(Deadline.text(in, s));
        int last = 0;
        while (m.find()) {
            word(s.substring(last, m.start()), sb);
            word(m.group(), sb);
            last = m.end();
        }
        word(s.substring(last), sb);
        return sb.toString();
    }

    private static void word(String item, StringBuilder sb) {
        if (!item.isEmpty()) {
            int first = item.codePointAt(0);
            String head = new String(Character.toChars(first));
            sb.append(PyStr.upper(head)).append(PyStr.lower(item.substring(head.length())));
        }
    }

    static Object truncate(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        String s = in.text(v);
        long length = Py.toLong(arg(a, kw, 0, "length", 255L));
        boolean killwords = Py.truthy(arg(a, kw, 1, "killwords", false));
        String end = in.text(arg(a, kw, 2, "end", "..."));
        Object lw = arg(a, kw, 3, "leeway", null);
        long leeway = lw == null ? 5 : Py.toLong(lw);
        if (length < Py.len(end) || leeway < 0) {
            throw new TemplateError("template/runtime", length < Py.len(end) ? "truncate's length must be at least the"
                    + " length of its end text (" + Py.len(end) + "), not " + length : "truncate's leeway must not be"
                    + " negative, not " + leeway);
        }
        long n = Py.len(s);
        if (n <= length + leeway) {
            return s;
        }
        long keep = Math.min(n, Math.max(0, length - Py.len(end)));
        String head = s.substring(0, s.offsetByCodePoints(0, (int) keep));
        if (killwords) {
            return head + end;
        }
        int sp = head.lastIndexOf(' ');
        return (sp >= 0 ? head.substring(0, sp) : head) + end;
    }

    static Object indent(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object width = arg(a, kw, 0, "width", 4L);
        if (!(width instanceof String)) {
            in.reach(Py.toLong(width));
        }
        String indention = width instanceof String w ? w : " ".repeat((int) Math.max(0, Py.toLong(width)));
        boolean first = Py.truthy(arg(a, kw, 1, "first", false));
        boolean blank = Py.truthy(arg(a, kw, 2, "blank", false));
        // Jinja2 appends a newline before splitting into lines, so a trailing line break keeps its (empty) line
        String s = in.text(v) + "\n";
        StringBuilder rv = new StringBuilder();
        if (first) {
            rv.append(indention);
        }
        for (int start = 0; start < s.length(); ) {
            int end = PyStr.lineEnd(s, start);
            boolean indented = start > 0 && (blank || end > start);
            in.reach((long) rv.length() + (start > 0 ? 1 : 0) + (indented ? indention.length() : 0) + end - start);
            in.tick();
            if (start > 0) {
                rv.append('\n');
            }
            if (indented) {
                rv.append(indention);
            }
            rv.append(s, start, end);
            start = PyStr.nextLine(s, end);
        }
        return rv.toString();
    }

    static Object round(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object value = in.use(v);
        long precision = Py.toLong(arg(a, kw, 0, "precision", 0L));
        String method = in.text(arg(a, kw, 1, "method", "common"));
        if (!Py.isNumber(value)) {
            throw new TemplateError("template/runtime", "round needs a number, not '" + Py.typeName(value) + "'");
        }
        if (method.equals("common")) {
            if (Py.isIntLike(value)) {
                if (precision >= 0) {
                    return value instanceof Boolean ? (Object) Py.toLong(value) : value;
                }
                // rounding at more digits than the number has gives 0 (and 10 ** -precision need not be computed)
                return -precision > Py.bigOf(value).bitLength() / 3 + 2 ? (Object) 0L : Py.intOf(new BigDecimal(Py.bigOf(value))
                        .setScale((int) precision, RoundingMode.HALF_EVEN).toBigInteger());
            }
            double d = Py.toDouble(value);
            // a double has no decimal digits past the 1074th, and none of its value before the 309th place
            return precision > 1100 ? d : precision < -400 ? Math.copySign(0.0, d)
                    : roundDecimal(d, (int) precision, RoundingMode.HALF_EVEN);
        }
        if (!method.equals("ceil") && !method.equals("floor")) {
            throw new TemplateError("template/runtime", "method must be common, ceil or floor");
        }
        if (Math.abs(precision) > 308) {
            throw new TemplateError("template/runtime", "round's precision " + precision + " is out of range for " + method
                    + "; use a precision between -308 and 308");
        }
        double scale = Math.pow(10, precision);
        double x = Py.toDouble(value) * scale;
        return (method.equals("ceil") ? Math.ceil(x) : Math.floor(x)) / scale;
    }

    private static double roundDecimal(double d, int precision, RoundingMode mode) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d;
        }
        return Math.copySign(new BigDecimal(d).setScale(precision, mode).doubleValue(), d);
    }

    /** Jinja2's Undefined refuses int() and float(), so the int and float filters fail on it. */
    private static Object defined(Object v) {
        if (v instanceof Undefined u) {
            throw Access.undefined(u);
        }
        return v;
    }

    static Object toInt(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object value = defined(in.use(v));
        Object dflt = arg(a, kw, 0, "default", 0L);
        long base = Py.toLong(arg(a, kw, 1, "base", 10L));
        if (Py.isIntLike(value)) {
            return value instanceof Boolean ? (Object) Py.toLong(value) : value;
        }
        if (Py.isFloat(value)) {
            double d = Py.toDouble(value);
            return Double.isFinite(d) ? Py.intOf(new BigDecimal(d).toBigInteger()) : dflt;
        }
        if (value instanceof String s) {
            String t = s.strip().replace("_", "");
            try {
                if (base < 2 || base > 36 || Integer.bitCount((int) base) != 1 && t.length() > Py.MAX_STR_DIGITS + 1) {
                    // Python refuses the base, or decimal text too long to convert; the float path decides then
                    throw new NumberFormatException();
                }
                String lower = t.toLowerCase(Locale.ROOT);
                boolean neg = lower.startsWith("-");
                String digits = neg || lower.startsWith("+") ? lower.substring(1) : lower;
                if ((base == 16 && digits.startsWith("0x")) || (base == 8 && digits.startsWith("0o"))
                        || (base == 2 && digits.startsWith("0b"))) {
                    t = (neg ? "-" : "") + digits.substring(2);
                }
                return Py.intOf(new BigInteger(t.startsWith("+") ? t.substring(1) : t, (int) base));
            } catch (NumberFormatException e) {
                Object f = toFloat(s, null);
                if (f instanceof Double d && Double.isFinite(d)) {
                    return Py.intOf(new BigDecimal(d).toBigInteger());
                }
                return dflt;
            }
        }
        return dflt;
    }

    static Object toFloat(Object value, Object dflt) {
        if (Py.isNumber(value)) {
            return Py.toDouble(value);
        }
        if (value instanceof String s) {
            String t = s.strip().replace("_", "").toLowerCase(Locale.ROOT);
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity":
                    return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan":
                    return Double.NaN;
                default:
                    break;
            }
            if (t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
                return Double.parseDouble(t);
            }
        }
        return dflt;
    }
}
