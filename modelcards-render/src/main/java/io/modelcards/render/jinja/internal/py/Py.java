package io.modelcards.render.jinja.internal.py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python value semantics over Java values: {@code str()}, truth, equality and ordering as CPython defines them.
 * None is Java {@code null}; Jinja2's undefined is {@link Undefined}; tuples are {@link PyTuple}.
 */
public final class Py {
    private Py() {
    }

    /** Whether {@code o} is a Python int (not a bool). */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte || o instanceof BigInteger;
    }

    /** Whether {@code o} is a Python float. */
    public static boolean isFloat(Object o) {
        return o instanceof Double || o instanceof Float || o instanceof BigDecimal;
    }

    /** True for int, float and bool, as Python's numbers.Number sees them. */
    public static boolean isNumber(Object o) {
        return isInt(o) || isFloat(o) || o instanceof Boolean;
    }

    /** Whether {@code o} is an int or a bool. */
    public static boolean isIntLike(Object o) {
        return isInt(o) || o instanceof Boolean;
    }

    /** An int or bool as a long; an error for an int that does not fit. */
    public static long toLong(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw new TemplateError("template/runtime", "integer " + b + " is too large here");
            }
            return b.longValue();
        }
        return ((Number) o).longValue();
    }

    /** A number or bool as a double. */
    public static double toDouble(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) o).doubleValue();
    }

    /** Normalises an integer result: small values as Long, larger as BigInteger. */
    public static Object intOf(BigInteger b) {
        return b.bitLength() <= 63 ? (Object) b.longValue() : b;
    }

    /** Python's {@code type(o).__name__}; never a Java class name. */
    public static String typeName(Object o) {
        if (o == null) {
            return "NoneType";
        }
        if (o instanceof Undefined) {
            return "Undefined";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        if (isInt(o)) {
            return "int";
        }
        if (isFloat(o)) {
            return "float";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof PyObject p) {
            return p.pyType();
        }
        if (o instanceof PyTuple) {
            return "tuple";
        }
        if (o instanceof List) {
            return "list";
        }
        if (o instanceof Map) {
            return "dict";
        }
        return "object";
    }

    /** Python truth value; undefined is false (strict mode is checked by the caller). */
    public static boolean truthy(Object o) {
        if (o == null) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (isInt(o)) {
            return ((Number) o).longValue() != 0 || (o instanceof BigInteger b && b.signum() != 0);
        }
        if (isFloat(o)) {
            return ((Number) o).doubleValue() != 0.0;
        }
        if (o instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (o instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (o instanceof Undefined) {
            return false;
        }
        if (o instanceof PyRange r) {
            return r.size() > 0;
        }
        return true;
    }

    /** Python's limit on the digits of an int converted to decimal text (and back). */
    public static final int MAX_STR_DIGITS = 4300;

    /** Python {@code str(o)}; containers up to ten million characters (inside a render, {@link Repr} applies its limits). */
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Undefined) {
            return "";
        }
        String simple = scalarText(o);
        return simple != null ? simple : repr(o);
    }

    /** Python {@code repr(o)}, up to ten million characters (inside a render, {@link Repr} applies its limits). */
    public static String repr(Object o) {
        return Repr.repr(DEFAULT_BUDGET, o);
    }

    /** The largest text built outside a render's own limits (the size of the default output limit). */
    private static final long OUTSIDE_A_RENDER = 10_000_000;

    /** Limits for text built outside a render's own: a fixed size and no deadline. */
    private static final Budget DEFAULT_BUDGET = new Budget() {
        @Override
        public void reach(long size) {
            if (size > OUTSIDE_A_RENDER) {
                throw new TemplateError("template/output-limit", "a value of " + size + " characters is too large to"
                        + " print; make it smaller");
            }
        }

        @Override
        public void grow(long units) {
            reach(units);
        }

        @Override
        public void tick() {
        }
    };

    /** The text of None, a bool, an int or a float (the same for str and repr); null for anything else. */
    static String scalarText(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof BigInteger b) {
            return decimal(b);
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return o.toString();
        }
        if (isFloat(o)) {
            return FloatText.repr(((Number) o).doubleValue());
        }
        return null;
    }

    /** An int's decimal text, refused past {@link #MAX_STR_DIGITS} digits as Python refuses it. */
    static String decimal(BigInteger b) {
        // 14_300 bits hold at most 4305 decimal digits, so only numbers near the limit are converted to be counted
        String digits = b.bitLength() > 14_300 ? null : b.toString();
        if (digits == null || digits.length() - (b.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw new TemplateError("template/runtime", "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer"
                    + " string conversion; use smaller numbers");
        }
        return digits;
    }

    /** Python's repr of a string: single quotes unless the text has a single quote and no double quote. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(s, sb);
        return sb.toString();
    }

    /** Python's repr of a string, appended to {@code sb}. */
    public static void quote(String s, StringBuilder sb) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (cp == q) {
                        sb.append('\\').append(q);
                    } else if (printable(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        String hex = Integer.toHexString(cp);
                        String prefix = cp < 0x100 ? "\\x" : cp < 0x10000 ? "\\u" : "\\U";
                        int width = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
                        sb.append(prefix).append("0".repeat(width - hex.length())).append(hex);
                    }
                }
            }
        }
        sb.append(q);
    }

    /** Python's str.isprintable for one code point. */
    static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python {@code ==}. */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Undefined || b instanceof Undefined) {
            return a instanceof Undefined && b instanceof Undefined;
        }
        if (isNumber(a) && isNumber(b)) {
            if (isIntLike(a) && isIntLike(b)) {
                return bigOf(a).equals(bigOf(b));
            }
            return toDouble(a) == toDouble(b);
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if ((a instanceof PyTuple) != (b instanceof PyTuple) || la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!eq(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            for (var e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !eq(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** A Java key equal for values Python hashes as equal ({@code 1}, {@code 1.0} and {@code True}; equal tuples). */
    public static Object hashKey(Object o) {
        if (o == null || o instanceof Undefined) {
            return o == null ? NONE_KEY : UNDEFINED_KEY;
        }
        if (isNumber(o)) {
            if (isIntLike(o)) {
                return intOf(bigOf(o));
            }
            double d = toDouble(o);
            return Double.isFinite(d) && d == Math.rint(d) ? intOf(new BigDecimal(d).toBigInteger()) : (Object) d;
        }
        if (o instanceof PyTuple t) {
            List<Object> keys = new ArrayList<>(t.size());
            for (Object x : t) {
                keys.add(hashKey(x));
            }
            return keys;
        }
        return o;
    }

    private static final Object NONE_KEY = new Object();
    private static final Object UNDEFINED_KEY = new Object();

    /** An int or bool as a BigInteger. */
    public static BigInteger bigOf(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf(toLong(o));
    }

    /** Python ordering ({@code <} as a three-way compare); mixed types are a runtime error as in Python. */
    public static int compare(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (isIntLike(a) && isIntLike(b)) {
                if (a instanceof BigInteger || b instanceof BigInteger) {
                    return bigOf(a).compareTo(bigOf(b));
                }
                return Long.compare(toLong(a), toLong(b));
            }
            return Double.compare(toDouble(a), toDouble(b));
        }
        if (a instanceof String sa && b instanceof String sb) {
            return compareCodePoints(sa, sb);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            int n = Math.min(la.size(), lb.size());
            for (int i = 0; i < n; i++) {
                if (!eq(la.get(i), lb.get(i))) {
                    return compare(la.get(i), lb.get(i));
                }
            }
            return Integer.compare(la.size(), lb.size());
        }
        throw new TemplateError("template/runtime", "cannot order " + typeName(a) + " and " + typeName(b)
                + "; compare values of the same kind");
    }

    /** Python's string order: by code point, not by UTF-16 unit. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Python {@code len()}; an error when the value has no length. */
    public static long len(Object o) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof Collection<?> c) {
            return c.size();
        }
        if (o instanceof Map<?, ?> m) {
            return m.size();
        }
        throw new TemplateError("template/runtime", "object of type '" + typeName(o) + "' has no len()");
    }

    /**
     * The items iteration yields, as Python's {@code iter()}: dict keys, string characters, list items. Nothing is
     * copied: a string yields its characters one by one.
     */
    public static Iterable<?> iter(Object o) {
        if (o instanceof Iterable<?> it) {
            return it;
        }
        if (o instanceof Map<?, ?> m) {
            return m.keySet();
        }
        if (o instanceof String s) {
            return () -> new Iterator<Object>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < s.length();
                }

                @Override
                public Object next() {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    return PyStr.chr(cp);
                }
            };
        }
        if (o instanceof Undefined) {
            return List.of();
        }
        throw new TemplateError("template/runtime", "'" + typeName(o) + "' object is not iterable");
    }

    /** Python's {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String i)) {
                throw new TemplateError("template/runtime", "'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(i);
        }
        if (container instanceof Map<?, ?> m) {
            if (item != null && m.containsKey(item)) {
                return true;
            }
            for (Object k : m.keySet()) {
                if (eq(k, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r) {
            return r.holds(item);
        }
        Iterator<?> it = iter(container).iterator();
        while (it.hasNext()) {
            if (eq(it.next(), item)) {
                return true;
            }
        }
        return false;
    }
}
