package io.modelcards.render.jinja.internal.py;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribute and item lookup with Jinja2's rules: {@code a.b} tries the Python attribute (a method) before the
 * item, {@code a['b']} the item before the attribute. Only Python-ish methods of str, list and dict exist;
 * nothing reaches Java methods.
 */
public final class Access {
    static final Set<String> STR_METHODS = Set.of("capitalize", "center", "count", "endswith", "find", "format", "index",
            "isalnum", "isalpha", "isdigit", "isdecimal", "isnumeric", "islower", "isspace", "istitle", "isupper", "join",
            "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
            "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
            "upper", "zfill", "casefold", "expandtabs");
    static final Set<String> LIST_METHODS = Set.of("append", "clear", "copy", "count", "extend", "index", "insert", "pop",
            "remove", "reverse", "sort");
    static final Set<String> TUPLE_METHODS = Set.of("count", "index");
    static final Set<String> DICT_METHODS = Set.of("clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault",
            "update", "values");

    private Access() {
    }

    static final int STR = 1;
    static final int LIST = 2;
    static final int TUPLE = 4;
    static final int DICT = 8;

    /** Which kinds of value have a method called {@code name}, as a bit set; computed once per attribute node. */
    public static int methodKinds(String name) {
        return (STR_METHODS.contains(name) ? STR : 0) | (LIST_METHODS.contains(name) ? LIST : 0)
                | (TUPLE_METHODS.contains(name) ? TUPLE : 0) | (DICT_METHODS.contains(name) ? DICT : 0);
    }

    /** Whether {@code self} has a method of the kinds {@link #methodKinds} computed for its name. */
    public static boolean hasMethod(Object self, int kinds) {
        if (kinds == 0) {
            return false;
        }
        if (self instanceof String) {
            return (kinds & STR) != 0;
        }
        if (self instanceof PyTuple) {
            return (kinds & TUPLE) != 0;
        }
        if (self instanceof PyObject) {
            return false;
        }
        if (self instanceof List) {
            return (kinds & LIST) != 0;
        }
        if (self instanceof Map) {
            return (kinds & DICT) != 0;
        }
        return false;
    }

    /** Whether {@code self} has an allowed Python method called {@code name}. */
    public static boolean hasMethod(Object self, String name) {
        if (self instanceof String) {
            return STR_METHODS.contains(name);
        }
        if (self instanceof PyTuple) {
            return TUPLE_METHODS.contains(name);
        }
        if (self instanceof PyObject) {
            return false;
        }
        if (self instanceof List) {
            return LIST_METHODS.contains(name);
        }
        if (self instanceof Map) {
            return DICT_METHODS.contains(name);
        }
        return false;
    }

    /** A bound method value, for {@code x.upper} used without a call. */
    record Bound(Object self, String name) implements PyCallable, PyObject {
        @Override
        public Object call(PyRuntime in, List<Object> args, Map<String, Object> kwargs) {
            return Methods.call(in, self, name, args, kwargs);
        }

        @Override
        public Object attr(String n) {
            return Undefined.attribute(this, n);
        }

        @Override
        public String pyType() {
            return "builtin_function_or_method";
        }

        @Override
        public String pyRepr() {
            return "<built-in method " + name + " of " + Py.typeName(self) + " object at " + Repr.ADDRESS + ">";
        }
    }

    /** Jinja2's {@code o.name}: a method, else the item, else the attribute, else undefined. */
    public static Object getattr(Object o, String name) {
        return getattr(o, name, methodKinds(name));
    }

    /** {@link #getattr(Object, String)} with the method kinds of {@code name} computed once. */
    public static Object getattr(Object o, String name, int kinds) {
        if (o instanceof Undefined u) {
            throw undefined(u);
        }
        if (hasMethod(o, kinds)) {
            return new Bound(o, name);
        }
        if (o instanceof Map<?, ?> m) {
            Object v = m.get(name);
            return v != null || m.containsKey(name) ? v : Undefined.attribute(o, name);
        }
        if (o instanceof PyObject p) {
            return p.attr(name);
        }
        return numberAttr(o, name);
    }

    /** Python's getattr only (no item lookup), as the {@code attr} filter uses. */
    public static Object pyattr(Object o, String name) {
        if (o instanceof Undefined u) {
            throw undefined(u);
        }
        if (hasMethod(o, name)) {
            return new Bound(o, name);
        }
        if (o instanceof PyObject p) {
            return p.attr(name);
        }
        return numberAttr(o, name);
    }

    private static Object numberAttr(Object o, String name) {
        if (Py.isNumber(o)) {
            boolean integral = Py.isIntLike(o);
            switch (name) {
                case "real":
                    return o instanceof Boolean ? (Object) Py.toLong(o) : o;
                case "imag":
                    return integral ? (Object) 0L : (Object) 0.0;
                case "numerator":
                case "denominator":
                    if (integral) {
                        return name.equals("numerator") ? Py.toLong(o) : 1L;
                    }
                    break;
                default:
                    break;
            }
        }
        return Undefined.attribute(o, name);
    }

    /** The error for reading from an undefined value, as Jinja2 raises it. */
    public static TemplateError undefined(Undefined u) {
        return new TemplateError("template/undefined", u.hint() + ", so nothing can be read from it; check the name"
                + " or guard it with 'is defined'");
    }

    /** Jinja2's {@code o[key]}: the item, else the attribute (for a string key), else undefined. */
    public static Object getitem(Object o, Object key) {
        if (o instanceof Undefined u) {
            throw undefined(u);
        }
        if (o instanceof Map<?, ?> m) {
            // immutable JDK maps refuse null lookups, so a None key is searched for
            Object v = key == null ? null : m.get(key);
            if (v != null || key != null && m.containsKey(key)) {
                return v;
            }
            if (Py.isNumber(key) || key == null) {
                for (var e : m.entrySet()) {
                    if (Py.eq(e.getKey(), key)) {
                        return e.getValue();
                    }
                }
            }
        } else if (Py.isIntLike(key) && (o instanceof List || o instanceof String)) {
            long i = Py.toLong(key);
            if (o instanceof PyRange r) {
                long idx = i < 0 ? i + r.length() : i;
                if (idx >= 0 && idx < r.length()) {
                    return r.item(idx);
                }
            } else if (o instanceof List<?> l) {
                long idx = i < 0 ? i + l.size() : i;
                if (idx >= 0 && idx < l.size()) {
                    return l.get((int) idx);
                }
            } else {
                String s = (String) o;
                long n = s.codePointCount(0, s.length());
                long idx = i < 0 ? i + n : i;
                if (idx >= 0 && idx < n) {
                    return PyStr.chr(s.codePointAt(s.offsetByCodePoints(0, (int) idx)));
                }
            }
        } else if (o instanceof PyObject p && key instanceof String s) {
            return p.attr(s);
        }
        if (key instanceof String s && hasMethod(o, s)) {
            return new Bound(o, s);
        }
        return new Undefined(Py.typeName(o) + " object has no element " + Repr.brief(key));
    }

    /** Python slicing of lists, tuples and strings. */
    public static Object slice(Object o, Object start, Object stop, Object step) {
        if (o instanceof Undefined u) {
            throw undefined(u);
        }
        long st = step == null ? 1 : Py.toLong(step);
        if (st == 0) {
            throw new TemplateError("template/runtime", "slice step cannot be zero");
        }
        List<?> items;
        boolean isString = o instanceof String;
        int[] cps = null;
        if (isString) {
            cps = ((String) o).codePoints().toArray();
            items = null;
        } else if (o instanceof List<?> l && !(o instanceof PyObject)) {
            items = l;
        } else {
            // Jinja2 compiles slices to plain Python slicing, so this is a TypeError there too
            throw new TemplateError("template/runtime", "'" + Py.typeName(o) + "' object cannot be sliced; slice strings"
                    + " and lists only");
        }
        int n = isString ? cps.length : items.size();
        long lo;
        long hi;
        if (st > 0) {
            lo = bound(start, n, 0, 0, n);
            hi = bound(stop, n, n, 0, n);
        } else {
            lo = bound(start, n, n - 1, -1, n - 1);
            hi = bound(stop, n, -1, -1, n - 1);
        }
        StringBuilder sb = isString ? new StringBuilder() : null;
        List<Object> out = isString ? null : new Owned.PyList();
        for (long i = lo; st > 0 ? i < hi : i > hi; i += st) {
            if (isString) {
                sb.appendCodePoint(cps[(int) i]);
            } else {
                out.add(items.get((int) i));
            }
        }
        if (isString) {
            return sb.toString();
        }
        return o instanceof PyTuple ? PyTuple.of(out) : out;
    }

    private static long bound(Object v, int n, long dflt, long min, long max) {
        if (v == null || v instanceof Undefined) {
            return dflt;
        }
        long i = Py.toLong(v);
        if (i < 0) {
            i += n;
        }
        return Math.max(min, Math.min(max, i));
    }

    /** Normalises a dict key so Integer and Long keys meet. */
    public static Object key(Object k) {
        if (k instanceof Integer || k instanceof Short || k instanceof Byte) {
            return ((Number) k).longValue();
        }
        return k;
    }
}
