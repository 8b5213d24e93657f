package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Ops;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyCallable;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every built-in test of Jinja2 3.1 ({@code x is defined}, {@code x is divisibleby 3}...), by name: one immutable
 * table built once, one function and a one-line description per entry, listed in {@code docs/jinja-engine.md}.
 */
public final class TestTable {
    /** A test: {@code value is name(args)}. */
    @FunctionalInterface
    public interface Fn {
        /** Whether {@code value} passes the test with the call's arguments; errors are TemplateErrors. */
        boolean test(PyRuntime in, Object value, List<Object> args, Map<String, Object> kw);
    }

    /** One test: its name, what it checks in one line, whether it takes an argument, and its function. */
    record Test(String name, String description, boolean takesArgument, Fn fn) {
    }

    private static final Map<String, Test> ALL = Map.ofEntries(
            plain("boolean", "the value is True or False", (in, v, a, k) -> v instanceof Boolean),
            plain("callable", "the value can be called (a macro, a global function, a method)",
                    (in, v, a, k) -> v instanceof PyCallable),
            plain("defined", "the value is defined", (in, v, a, k) -> !(v instanceof Undefined)),
            withArg("divisibleby", "the number is divisible by the argument",
                    (in, v, a, k) -> Py.toLong(in.use(v)) % Py.toLong(first(a)) == 0),
            compare("eq", "==", "the value equals the argument"),
            compare("equalto", "==", "the value equals the argument (the same as eq)"),
            plain("escaped", "the value is markup (never here: this engine has no Markup type)", (in, v, a, k) -> false),
            plain("even", "the number is even", (in, v, a, k) -> Py.toLong(in.use(v)) % 2 == 0),
            plain("false", "the value is False", (in, v, a, k) -> Boolean.FALSE.equals(v)),
            plain("filter", "the value names a filter", (in, v, a, k) -> v instanceof String s && FilterTable.get(s) != null),
            plain("float", "the value is a float", (in, v, a, k) -> Py.isFloat(v)),
            compare("ge", ">=", "the value is greater than or equal to the argument"),
            compare("greaterthan", ">", "the value is greater than the argument (the same as gt)"),
            compare("gt", ">", "the value is greater than the argument"),
            withArg("in", "the value is in the argument (a sequence, mapping or string)",
                    (in, v, a, k) -> Py.contains(in.iterable(first(a)), v)),
            plain("integer", "the value is an int (not a bool)", (in, v, a, k) -> Py.isInt(v)),
            plain("iterable", "the value can be iterated", (in, v, a, k) -> v instanceof Iterable || v instanceof String
                    || v instanceof Map || v instanceof Undefined),
            compare("le", "<=", "the value is less than or equal to the argument"),
            compare("lessthan", "<", "the value is less than the argument (the same as lt)"),
            plain("lower", "the text is all lower case", (in, v, a, k) -> {
                String s = in.text(v);
                return s.equals(PyStr.lower(s)) && s.codePoints().anyMatch(Character::isLowerCase);
            }),
            compare("lt", "<", "the value is less than the argument"),
            plain("mapping", "the value is a mapping", (in, v, a, k) -> v instanceof Map),
            compare("ne", "!=", "the value does not equal the argument"),
            plain("none", "the value is None", (in, v, a, k) -> v == null),
            plain("number", "the value is a number (int, float or bool)", (in, v, a, k) -> Py.isNumber(v)),
            plain("odd", "the number is odd", (in, v, a, k) -> Py.toLong(in.use(v)) % 2 != 0),
            withArg("sameas", "the value is the same object as the argument (as Python's 'is' would say)",
                    TestTable::sameas),
            plain("sequence", "the value is a sequence (a list, tuple, string or mapping)",
                    (in, v, a, k) -> v instanceof List || v instanceof String || v instanceof Map),
            plain("string", "the value is a string", (in, v, a, k) -> v instanceof String),
            plain("test", "the value names a test", (in, v, a, k) -> v instanceof String s && table().containsKey(s)),
            plain("true", "the value is True", (in, v, a, k) -> Boolean.TRUE.equals(v)),
            plain("undefined", "the value is undefined", (in, v, a, k) -> v instanceof Undefined),
            plain("upper", "the text is all upper case", (in, v, a, k) -> {
                String s = in.text(v);
                return s.equals(PyStr.upper(s)) && s.codePoints().anyMatch(Character::isUpperCase);
            }),
            compare("==", "==", "the value equals the argument (the same as eq)"),
            compare("!=", "!=", "the value does not equal the argument (the same as ne)"),
            compare("<", "<", "the value is less than the argument (the same as lt)"),
            compare("<=", "<=", "the value is less than or equal to the argument (the same as le)"),
            compare(">", ">", "the value is greater than the argument (the same as gt)"),
            compare(">=", ">=", "the value is greater than or equal to the argument (the same as ge)"));

    private TestTable() {
    }

    private static Map<String, Test> table() {
        return ALL;
    }

    private static Map.Entry<String, Test> plain(String name, String description, Fn fn) {
        return Map.entry(name, new Test(name, description, false, fn));
    }

    private static Map.Entry<String, Test> withArg(String name, String description, Fn fn) {
        return Map.entry(name, new Test(name, description, true, fn));
    }

    private static Map.Entry<String, Test> compare(String name, String op, String description) {
        return withArg(name, description, (in, v, a, k) -> Ops.compare(in, op, v, first(a)));
    }

    private static Object first(List<Object> a) {
        if (a.isEmpty()) {
            throw new TemplateError("template/runtime", "this test needs an argument, e.g. 'x is eq 3'");
        }
        return a.get(0);
    }

    private static boolean sameas(PyRuntime in, Object v, List<Object> a, Map<String, Object> k) {
        Object o = first(a);
        if (Py.isInt(v) && Py.isInt(o)) {
            // CPython caches the ints -5..256, so 'is' holds exactly for those
            long x = Py.toLong(v);
            return x >= -5 && x <= 256 && Py.eq(v, o);
        }
        return v == o || (v instanceof Boolean && v.equals(o));
    }

    /** The test called {@code name}, or null when Jinja2 has none; a test without an argument refuses one. */
    public static Fn get(String name) {
        Test t = ALL.get(name);
        if (t == null || t.takesArgument()) {
            return t == null ? null : t.fn();
        }
        return (in, v, a, k) -> {
            if (!a.isEmpty() || !k.isEmpty()) {
                throw new TemplateError("template/runtime", "the test '" + name + "' takes no argument; remove it");
            }
            return t.fn().test(in, v, a, k);
        };
    }

    /** Every test, sorted by name. */
    static List<Test> all() {
        return ALL.values().stream().sorted(Comparator.comparing(Test::name)).toList();
    }
}
