package io.modelcards.render.jinja.internal.eval;

import io.modelcards.render.jinja.internal.lib.FilterTable;
import io.modelcards.render.jinja.internal.lib.TestTable;
import io.modelcards.render.jinja.internal.py.Access;
import io.modelcards.render.jinja.internal.py.Methods;
import io.modelcards.render.jinja.internal.py.Ops;
import io.modelcards.render.jinja.internal.py.Owned;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyTuple;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled Jinja2 expression: evaluates itself against a frame, with Python semantics. */
public abstract class Expr {
    final int line;
    final int col;

    Expr(int line, int col) {
        this.line = line;
        this.col = col;
    }

    abstract Object eval(RenderState in, Frame f);

    /** Evaluates, attaching this expression's position to any error that has none yet. */
    final Object run(RenderState in, Frame f) {
        try {
            return eval(in, f);
        } catch (TemplateError e) {
            throw e.at(line, col);
        } catch (NullPointerException | ClassCastException | IndexOutOfBoundsException | ArithmeticException
                 | IllegalArgumentException | NegativeArraySizeException | UnsupportedOperationException e) {
            throw TemplateError.wrongType(e).at(line, col);
        }
    }

    /** A literal value. */
    public static final class Const extends Expr {
        public final Object value;

        /** A literal at a template position. */
        public Const(int line, int col, Object value) {
            super(line, col);
            this.value = value;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            return value;
        }
    }

    /** A variable, looked up in the frames, the caller's variables, then the globals. */
    public static final class Name extends Expr {
        public final String name;
        final Undefined missing;

        /** A variable reference at a template position. */
        public Name(int line, int col, String name) {
            super(line, col);
            this.name = name;
            this.missing = Undefined.named(name);
        }

        @Override
        Object eval(RenderState in, Frame f) {
            Object v = f.lookup(name);
            return v == Frame.MISSING ? missing : v;
        }
    }

    /** {@code obj.name}: the attribute (a method) first, then the item. */
    public static final class Attr extends Expr {
        final Expr obj;
        final String name;
        final int kinds;

        /** An attribute lookup at a template position. */
        public Attr(int line, int col, Expr obj, String name) {
            super(line, col);
            this.obj = obj;
            this.name = name;
            this.kinds = Access.methodKinds(name);
        }

        @Override
        Object eval(RenderState in, Frame f) {
            return Access.getattr(obj.run(in, f), name, kinds);
        }
    }

    /** {@code obj[key]}: the item first, then the attribute. */
    public static final class Item extends Expr {
        final Expr obj;
        final Expr key;

        /** An item lookup at a template position. */
        public Item(int line, int col, Expr obj, Expr key) {
            super(line, col);
            this.obj = obj;
            this.key = key;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            return Access.getitem(obj.run(in, f), key.run(in, f));
        }
    }

    /** {@code obj[start:stop:step]} on a string, list or tuple. */
    public static final class Slice extends Expr {
        final Expr obj;
        final Expr start;
        final Expr stop;
        final Expr step;

        /** A slice at a template position; null parts are left out. */
        public Slice(int line, int col, Expr obj, Expr start, Expr stop, Expr step) {
            super(line, col);
            this.obj = obj;
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            Object o = obj.run(in, f);
            if (obj instanceof Const && !(o instanceof String) && !(o instanceof List)) {
                // Jinja2 folds constant expressions through its forgiving getitem: a literal that cannot be sliced is undefined
                return new Undefined("'" + Py.typeName(o) + "' object cannot be sliced");
            }
            return in.charged(Access.slice(o, start == null ? null : start.run(in, f), stop == null ? null : stop.run(in, f),
                    step == null ? null : step.run(in, f)), o);
        }
    }

    /** Call arguments: positional, keyword, and optional *args / **kwargs spreads. */
    public record Args(List<Expr> positional, List<String> names, List<Expr> keywords, Expr star, Expr starStar) {
        public static final Args NONE = new Args(List.of(), List.of(), List.of(), null, null);

        List<Object> positional(RenderState in, Frame f) {
            if (positional.isEmpty() && star == null) {
                return List.of();
            }
            List<Object> out = new ArrayList<>(positional.size());
            for (Expr e : positional) {
                out.add(e.run(in, f));
            }
            if (star != null) {
                out.addAll(in.list(star.run(in, f)));
            }
            return out;
        }

        Map<String, Object> keywords(RenderState in, Frame f) {
            if (keywords.isEmpty() && starStar == null) {
                return Map.of();
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), keywords.get(i).run(in, f));
            }
            if (starStar != null && starStar.run(in, f) instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(Py.str(k), v));
            }
            return out;
        }
    }

    /** A call of a macro, a global function or an allowed Python method. */
    public static final class Call extends Expr {
        final Expr fn;
        final Args args;

        /** A call at a template position. */
        public Call(int line, int col, Expr fn, Args args) {
            super(line, col);
            this.fn = fn;
            this.args = args;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            if (fn instanceof Attr a) {
                Object self = a.obj.run(in, f);
                if (Access.hasMethod(self, a.kinds)) {
                    return in.charged(Methods.call(in, self, a.name, args.positional(in, f), args.keywords(in, f)), self);
                }
                Object fn = Access.getattr(self, a.name, a.kinds);
                if (fn instanceof Undefined) {
                    throw new TemplateError("template/forbidden", "'" + Py.typeName(self) + "' has no method '" + a.name
                            + "' a template may call; use a filter or a Python str, list or dict method");
                }
                return in.charged(in.call(fn, args.positional(in, f), args.keywords(in, f)), self);
            }
            return in.charged(in.call(fn.run(in, f), args.positional(in, f), args.keywords(in, f)), null);
        }
    }

    /** {@code value | name(args)}: a filter applied to a value (no value in a filter block). */
    public static final class Filter extends Expr {
        public final Expr value;
        final String name;
        final FilterTable.Fn fn;
        final Args args;

        /** A filter application at a template position. */
        public Filter(int line, int col, Expr value, String name, FilterTable.Fn fn, Args args) {
            super(line, col);
            this.value = value;
            this.name = name;
            this.fn = fn;
            this.args = args;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            Object v = value == null ? null : value.run(in, f);
            return in.charged(fn.apply(in, v, args.positional(in, f), args.keywords(in, f)), v);
        }
    }

    /** {@code value is [not] name(args)}. */
    public static final class Test extends Expr {
        public final Expr value;
        final TestTable.Fn fn;
        final Args args;
        final boolean negated;

        /** A test at a template position. */
        public Test(int line, int col, Expr value, TestTable.Fn fn, Args args, boolean negated) {
            super(line, col);
            this.value = value;
            this.fn = fn;
            this.args = args;
            this.negated = negated;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            boolean r = fn.test(in, value.run(in, f), args.positional(in, f), args.keywords(in, f));
            return r != negated;
        }
    }

    /** A binary operator: {@code and}, {@code or}, {@code ~} or a Python arithmetic operator. */
    public static final class Binary extends Expr {
        final String op;
        final Expr a;
        final Expr b;

        /** A binary operation at a template position. */
        public Binary(int line, int col, String op, Expr a, Expr b) {
            super(line, col);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            switch (op) {
                case "and" -> {
                    Object x = a.run(in, f);
                    return in.truthy(x) ? b.run(in, f) : x;
                }
                case "or" -> {
                    Object x = a.run(in, f);
                    return in.truthy(x) ? x : b.run(in, f);
                }
                case "~" -> {
                    String x = in.text(a.run(in, f));
                    String y = in.text(b.run(in, f));
                    in.reach((long) x.length() + y.length());
                    return in.charged(x.concat(y), x.isEmpty() ? y : x);
                }
                default -> {
                    Object x = a.run(in, f);
                    return in.charged(Ops.binary(in, op, x, b.run(in, f)), x);
                }
            }
        }
    }

    /** A unary operator: {@code not}, {@code -} or {@code +}. */
    public static final class Unary extends Expr {
        final String op;
        final Expr a;

        /** A unary operation at a template position. */
        public Unary(int line, int col, String op, Expr a) {
            super(line, col);
            this.op = op;
            this.a = a;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            Object v = a.run(in, f);
            if (op.equals("not")) {
                return !in.truthy(v);
            }
            return Ops.unary(op, v);
        }
    }

    /** A comparison chain such as {@code a < b <= c}, evaluated left to right with short-circuit. */
    public static final class Compare extends Expr {
        final Expr first;
        final List<String> ops;
        final List<Expr> rest;

        /** A comparison chain at a template position. */
        public Compare(int line, int col, Expr first, List<String> ops, List<Expr> rest) {
            super(line, col);
            this.first = first;
            this.ops = ops;
            this.rest = rest;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            Object left = first.run(in, f);
            for (int i = 0; i < ops.size(); i++) {
                Object right = rest.get(i).run(in, f);
                if (!Ops.compare(in, ops.get(i), left, right)) {
                    return false;
                }
                left = right;
            }
            return true;
        }
    }

    /** {@code then if test else otherwise}; without else, undefined when the test fails. */
    public static final class Cond extends Expr {
        final Expr test;
        final Expr then;
        final Expr otherwise;

        /** A conditional expression at a template position. */
        public Cond(int line, int col, Expr test, Expr then, Expr otherwise) {
            super(line, col);
            this.test = test;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            if (in.truthy(test.run(in, f))) {
                return then.run(in, f);
            }
            return otherwise == null ? Undefined.named("the conditional expression's else branch") : otherwise.run(in, f);
        }
    }

    /** A list or tuple literal. */
    public static final class ListLit extends Expr {
        public final List<Expr> items;
        public final boolean tuple;

        /** A list (or, with {@code tuple}, tuple) literal at a template position. */
        public ListLit(int line, int col, List<Expr> items, boolean tuple) {
            super(line, col);
            this.items = items;
            this.tuple = tuple;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            Object[] vals = new Object[items.size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = items.get(i).run(in, f);
                in.stored(vals[i]);
            }
            return tuple ? new PyTuple(vals) : new Owned.PyList(Arrays.asList(vals));
        }
    }

    /** A dict literal; equal numeric keys ({@code 1}, {@code 1.0}, {@code True}) are one key, as in Python. */
    public static final class DictLit extends Expr {
        final List<Expr> keys;
        final List<Expr> values;

        /** A dict literal at a template position. */
        public DictLit(int line, int col, List<Expr> keys, List<Expr> values) {
            super(line, col);
            this.keys = keys;
            this.values = values;
        }

        @Override
        Object eval(RenderState in, Frame f) {
            Map<Object, Object> m = new Owned.PyDict();
            for (int i = 0; i < keys.size(); i++) {
                Object k = Access.key(keys.get(i).run(in, f));
                Object v = values.get(i).run(in, f);
                in.stored(k);
                in.stored(v);
                if (Py.isNumber(k) && !m.containsKey(k)) {
                    // Python: 1, 1.0 and True are the same key; the first spelling stays
                    for (Object existing : m.keySet()) {
                        if (Py.isNumber(existing) && Py.eq(existing, k)) {
                            k = existing;
                            break;
                        }
                    }
                }
                m.put(k, v);
            }
            return m;
        }
    }
}
