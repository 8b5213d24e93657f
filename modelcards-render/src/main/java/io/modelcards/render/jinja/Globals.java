package io.modelcards.render.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global names of a default Jinja2 environment: range, dict, namespace, cycler, joiner, lipsum (refused), and
 * {@code self}. Each prints as Jinja2 prints it ({@code <class 'jinja2.utils.Cycler'>}); where Python would show a
 * memory address, a fixed one ({@link Repr#ADDRESS}) keeps the output the same on every render.
 */
final class Globals {
    private static final Map<String, Object> GLOBALS = Map.of(
            "range", PyFunction.type("range", Globals::range),
            "dict", PyFunction.type("dict", (in, args, kw) -> {
                Map<Object, Object> m = new Owned.PyDict();
                if (!args.isEmpty() && args.get(0) instanceof Map<?, ?> src) {
                    m.putAll(src);
                }
                m.putAll(kw);
                return m;
            }),
            "namespace", PyFunction.type("jinja2.utils.Namespace", (in, args, kw) -> {
                Namespace ns = new Namespace();
                if (!args.isEmpty() && args.get(0) instanceof Map<?, ?> src) {
                    src.forEach((k, v) -> ns.set(Py.str(k), v));
                }
                kw.forEach(ns::set);
                in.grow(2 * Budget.ITEM * ns.attrs.size());
                return ns;
            }),
            "cycler", PyFunction.type("jinja2.utils.Cycler", (in, args, kw) -> {
                in.grow(Budget.ITEM * args.size());
                return new Cycler(args);
            }),
            "joiner", PyFunction.type("jinja2.utils.Joiner", (in, args, kw) ->
                    new Joiner(in.text(args.isEmpty() ? kw.getOrDefault("sep", ", ") : args.get(0)))),
            "lipsum", PyFunction.function("generate_lorem_ipsum", (in, args, kw) -> {
                throw new TemplateError("template/forbidden", "lipsum() writes random text, and a card must render the"
                        + " same on every run; write the placeholder text into the template instead");
            }),
            "self", new TemplateReference());

    private Globals() {
    }

    static Object get(String name) {
        Object v = GLOBALS.get(name);
        return v == null ? Frame.MISSING : v;
    }

    private static Object range(Interp in, List<Object> args, Map<String, Object> kw) {
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
    static final class Namespace implements PyObject {
        private final Map<String, Object> attrs = new LinkedHashMap<>();

        void set(String k, Object v) {
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
        public Object call(Interp in, List<Object> args, Map<String, Object> kwargs) {
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
