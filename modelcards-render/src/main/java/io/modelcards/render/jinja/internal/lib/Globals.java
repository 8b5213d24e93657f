package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Budget;
import io.modelcards.render.jinja.internal.py.Owned;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyCallable;
import io.modelcards.render.jinja.internal.py.PyFunction;
import io.modelcards.render.jinja.internal.py.PyObject;
import io.modelcards.render.jinja.internal.py.PyRange;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyTuple;
import io.modelcards.render.jinja.internal.py.Repr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global names of a default Jinja2 environment, in one immutable table with a one-line description each:
 * range, dict, namespace, cycler, joiner, lipsum (refused), and {@code self}. Each prints as Jinja2 prints it
 * ({@code <class 'jinja2.utils.Cycler'>}); where Python would show a memory address, a fixed one
 * ({@link Repr#ADDRESS}) keeps the output the same on every render.
 */
public final class Globals {
    /** One global: its name, what it is in one line, and its value. */
    record Global(String name, String description, Object value) {
    }

    private static final Map<String, Global> ALL = Map.ofEntries(
            entry("cycler", "cycler(a, b, ...): an object whose next() returns its items in turn",
                    PyFunction.type("jinja2.utils.Cycler", (in, args, kw) -> {
                        in.grow(Budget.ITEM * args.size());
                        return new Cycler(args);
                    })),
            entry("dict", "dict(mapping, **items): a new dict", PyFunction.type("dict", Globals::dict)),
            entry("joiner", "joiner(sep=', '): a function that returns nothing the first time and sep after",
                    PyFunction.type("jinja2.utils.Joiner", (in, args, kw) ->
                            new Joiner(in.text(args.isEmpty() ? kw.getOrDefault("sep", ", ") : args.get(0))))),
            entry("lipsum", "refused: it writes random text, and a card must render the same on every run",
                    PyFunction.function("generate_lorem_ipsum", (in, args, kw) -> {
                        throw new TemplateError("template/forbidden", "lipsum() writes random text, and a card must"
                                + " render the same on every run; write the placeholder text into the template instead");
                    })),
            entry("namespace", "namespace(**attributes): an object whose attributes {% set ns.x = ... %} may change",
                    PyFunction.type("jinja2.utils.Namespace", Globals::namespace)),
            entry("range", "range(stop) or range(start, stop, step): a lazy sequence of ints",
                    PyFunction.type("range", Globals::range)),
            entry("self", "the template itself (its blocks render in place; self prints as Jinja2 prints it)",
                    new TemplateReference()));

    private Globals() {
    }

    private static Map.Entry<String, Global> entry(String name, String description, Object value) {
        return Map.entry(name, new Global(name, description, value));
    }

    /** The global called {@code name}, or null when there is none. */
    public static Object get(String name) {
        Global g = ALL.get(name);
        return g == null ? null : g.value();
    }

    /** Every global, sorted by name. */
    static List<Global> all() {
        return ALL.values().stream().sorted(Comparator.comparing(Global::name)).toList();
    }

    private static Object dict(PyRuntime in, List<Object> args, Map<String, Object> kw) {
        Map<Object, Object> m = new Owned.PyDict();
        if (!args.isEmpty() && args.get(0) instanceof Map<?, ?> src) {
            m.putAll(src);
        }
        m.putAll(kw);
        return m;
    }

    private static Object namespace(PyRuntime in, List<Object> args, Map<String, Object> kw) {
        Namespace ns = new Namespace();
        if (!args.isEmpty() && args.get(0) instanceof Map<?, ?> src) {
            src.forEach((k, v) -> ns.set(Py.str(k), v));
        }
        kw.forEach(ns::set);
        in.grow(2 * Budget.ITEM * ns.attrs.size());
        return ns;
    }

    private static Object range(PyRuntime in, List<Object> args, Map<String, Object> kw) {
        for (Object a : args) {
            if (!Py.isIntLike(a)) {
                throw new TemplateError("template/runtime", "range() needs integers, not '" + Py.typeName(a) + "'");
            }
        }
        return switch (args.size()) {
            case 1 -> new PyRange(0, Py.toLong(args.get(0)), 1);
            case 2 -> new PyRange(Py.toLong(args.get(0)), Py.toLong(args.get(1)), 1);
            case 3 -> new PyRange(Py.toLong(args.get(0)), Py.toLong(args.get(1)), Py.toLong(args.get(2)));
            default -> throw new TemplateError("template/runtime", "range() takes 1 to 3 arguments");
        };
    }

    /** Jinja2's {@code namespace()}: an object whose attributes {@code {% set ns.x = ... %}} may change. */
    public static final class Namespace implements PyObject {
        private final Map<String, Object> attrs = new LinkedHashMap<>();

        /** Sets attribute {@code k}. */
        public void set(String k, Object v) {
            attrs.put(k, v);
        }

        @Override
        public Object attr(String name) {
            Object v = attrs.get(name);
            return v != null || attrs.containsKey(name) ? v : Undefined.attribute(this, name);
        }

        @Override
        public String pyType() {
            return "Namespace";
        }

        @Override
        public String pyRepr() {
            return Repr.brief(this);
        }

        @Override
        public void repr(Repr out) {
            out.append("<Namespace ").value(attrs).append(">");
        }
    }

    /** Jinja2's {@code cycler(...)}: {@code next()}, {@code current}, {@code reset()}, {@code items}. */
    static final class Cycler implements PyObject {
        private final List<Object> items;
        private int pos;

        Cycler(List<Object> items) {
            if (items.isEmpty()) {
                throw new TemplateError("template/runtime", "cycler needs at least one item");
            }
            this.items = new ArrayList<>(items);
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "current" -> items.get(pos);
                case "items" -> PyTuple.of(items);
                case "next" -> PyFunction.method("Cycler", "next", this, (in, a, k) -> {
                    Object v = items.get(pos);
                    pos = (pos + 1) % items.size();
                    return v;
                });
                case "reset" -> PyFunction.method("Cycler", "reset", this, (in, a, k) -> {
                    pos = 0;
                    return null;
                });
                default -> Undefined.attribute(this, name);
            };
        }

        @Override
        public String pyType() {
            return "Cycler";
        }

        @Override
        public String pyRepr() {
            return "<jinja2.utils.Cycler object at " + Repr.ADDRESS + ">";
        }
    }

    /** Jinja2's {@code joiner(sep)}: calling it returns nothing the first time and the separator after. */
    static final class Joiner implements PyObject, PyCallable {
        private final String sep;
        private boolean used;

        Joiner(String sep) {
            this.sep = sep;
        }

        @Override
        public Object call(PyRuntime in, List<Object> args, Map<String, Object> kwargs) {
            if (!used) {
                used = true;
                return "";
            }
            return sep;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "sep" -> sep;
                case "used" -> used;
                default -> Undefined.attribute(this, name);
            };
        }

        @Override
        public String pyType() {
            return "Joiner";
        }

        @Override
        public String pyRepr() {
            return "<jinja2.utils.Joiner object at " + Repr.ADDRESS + ">";
        }
    }

    /** Jinja2's {@code self}, a reference to the template's blocks; this engine renders blocks in place only. */
    static final class TemplateReference implements PyObject {
        @Override
        public Object attr(String name) {
            return Undefined.attribute(this, name);
        }

        @Override
        public String pyType() {
            return "TemplateReference";
        }

        @Override
        public String pyRepr() {
            return "<TemplateReference None>";
        }
    }
}
