package io.modelcards.render.jinja;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The global functions of a default Jinja2 environment: range, dict, namespace, cycler, joiner. */
final class Globals {
    private static final Map<String, Object> GLOBALS = Map.of(
            "range", (PyCallable) Globals::range,
            "dict", (PyCallable) (in, args, kw) -> {
                Map<Object, Object> m = new Owned.PyDict();
                if (!args.isEmpty() && args.get(0) instanceof Map<?, ?> src) {
                    m.putAll(src);
                }
                m.putAll(kw);
                return m;
            },
            "namespace", (PyCallable) (in, args, kw) -> {
                Namespace ns = new Namespace();
                if (!args.isEmpty() && args.get(0) instanceof Map<?, ?> src) {
                    src.forEach((k, v) -> ns.set(Py.str(k), v));
                }
                kw.forEach(ns::set);
                return ns;
            },
            "cycler", (PyCallable) (in, args, kw) -> new Cycler(args),
            "joiner", (PyCallable) (in, args, kw) -> {
                String sep = args.isEmpty() ? Py.str(kw.getOrDefault("sep", ", ")) : Py.str(args.get(0));
                boolean[] used = {false};
                return (PyCallable) (i2, a2, k2) -> {
                    if (!used[0]) {
                        used[0] = true;
                        return "";
                    }
                    return sep;
                };
            });

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
        public String pyRepr() {
            return "<Namespace " + Py.repr(attrs) + ">";
        }
    }

    /** Jinja2's {@code cycler(...)}: {@code next()}, {@code current}, {@code reset()}. */
    static final class Cycler implements PyObject {
        private final List<Object> items;
        private int pos;

        Cycler(List<Object> items) {
            if (items.isEmpty()) {
                throw new TemplateError("template/runtime", "cycler needs at least one item");
            }
            this.items = new java.util.ArrayList<>(items);
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "current" -> items.get(pos);
                case "next" -> (PyCallable) (in, a, k) -> {
                    Object v = items.get(pos);
                    pos = (pos + 1) % items.size();
                    return v;
                };
                case "reset" -> (PyCallable) (in, a, k) -> {
                    pos = 0;
                    return null;
                };
                default -> Undefined.attribute(this, name);
            };
        }

        @Override
        public String pyRepr() {
            return "<Cycler>";
        }
    }
}
