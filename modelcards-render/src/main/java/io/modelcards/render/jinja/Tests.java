package io.modelcards.render.jinja;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jinja2's built-in tests ({@code x is defined}, {@code x is string}, ...). */
final class Tests {
    interface Fn {
        boolean test(Interp in, Object value, List<Object> args, Map<String, Object> kw);
    }

    private static final Map<String, Fn> ALL = new HashMap<>();

    private Tests() {
    }

    /** Tests that take no argument besides the value; Jinja2 fails when such a test is given one. */
    private static final Set<String> NO_ARGS = Set.of("defined", "undefined", "none", "boolean", "true",
            "false", "integer", "float", "number", "string", "mapping", "sequence", "iterable", "callable", "odd", "even",
            "lower", "upper", "escaped", "filter", "test");

    static Fn get(String name) {
        Fn fn = ALL.get(name);
        if (fn == null || !NO_ARGS.contains(name)) {
            return fn;
        }
        return (in, v, a, k) -> {
            if (!a.isEmpty() || !k.isEmpty()) {
                throw new TemplateError("template/runtime", "the test '" + name + "' takes no argument; remove it");
            }
            return fn.test(in, v, a, k);
        };
    }

    private static Object first(List<Object> a) {
        if (a.isEmpty()) {
            throw new TemplateError("template/runtime", "this test needs an argument, e.g. 'x is eq 3'");
        }
        return a.get(0);
    }

    static {
        ALL.put("defined", (in, v, a, k) -> !(v instanceof Undefined));
        ALL.put("undefined", (in, v, a, k) -> v instanceof Undefined);
        ALL.put("none", (in, v, a, k) -> v == null);
        ALL.put("boolean", (in, v, a, k) -> v instanceof Boolean);
        ALL.put("true", (in, v, a, k) -> Boolean.TRUE.equals(v));
        ALL.put("false", (in, v, a, k) -> Boolean.FALSE.equals(v));
        ALL.put("integer", (in, v, a, k) -> Py.isInt(v));
        ALL.put("float", (in, v, a, k) -> Py.isFloat(v));
        ALL.put("number", (in, v, a, k) -> Py.isNumber(v));
        ALL.put("string", (in, v, a, k) -> v instanceof String);
        ALL.put("mapping", (in, v, a, k) -> v instanceof Map);
        ALL.put("sequence", (in, v, a, k) -> v instanceof List || v instanceof String || v instanceof Map);
        ALL.put("iterable", (in, v, a, k) -> v instanceof Iterable || v instanceof String || v instanceof Map || v instanceof Undefined);
        ALL.put("callable", (in, v, a, k) -> v instanceof PyCallable);
        ALL.put("odd", (in, v, a, k) -> Py.toLong(in.use(v)) % 2 != 0);
        ALL.put("even", (in, v, a, k) -> Py.toLong(in.use(v)) % 2 == 0);
        ALL.put("divisibleby", (in, v, a, k) -> Py.toLong(in.use(v)) % Py.toLong(first(a)) == 0);
        ALL.put("lower", (in, v, a, k) -> {
            String s = in.text(v);
            return s.equals(PyStr.lower(s)) && s.codePoints().anyMatch(Character::isLowerCase);
        });
        ALL.put("upper", (in, v, a, k) -> {
            String s = in.text(v);
            return s.equals(PyStr.upper(s)) && s.codePoints().anyMatch(Character::isUpperCase);
        });
        ALL.put("sameas", (in, v, a, k) -> {
            Object o = first(a);
            if (Py.isInt(v) && Py.isInt(o)) {
                // CPython caches the ints -5..256, so 'is' holds exactly for those
                long x = Py.toLong(v);
                return x >= -5 && x <= 256 && Py.eq(v, o);
            }
            return v == o || (v instanceof Boolean && v.equals(o));
        });
        ALL.put("escaped", (in, v, a, k) -> false);
        ALL.put("in", (in, v, a, k) -> Py.contains(in.iterable(first(a)), v));
        ALL.put("filter", (in, v, a, k) -> v instanceof String s && Filters.get(s) != null);
        ALL.put("test", (in, v, a, k) -> v instanceof String s && get(s) != null);
        for (String[] names : new String[][] {{"==", "eq", "equalto"}, {"!=", "ne"}, {"<", "lt", "lessthan"},
            {"<=", "le"}, {">", "gt", "greaterthan"}, {">=", "ge"}}) {
            Fn fn = (in, v, a, k) -> Ops.compare(in, names[0], v, first(a));
            for (String n : names) {
                ALL.put(n, fn);
            }
        }
    }
}
