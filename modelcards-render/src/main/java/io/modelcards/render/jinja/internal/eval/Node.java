package io.modelcards.render.jinja.internal.eval;

import io.modelcards.render.jinja.internal.py.TemplateError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled template statement: writes its output into the render's buffer. */
public abstract class Node {
    final int line;

    Node(int line) {
        this.line = line;
    }

    abstract void render(RenderState in, Frame f);

    /** Renders the nodes in order; an error leaving one is given that node's line when it has none. */
    public static void renderAll(List<Node> body, RenderState in, Frame f) {
        for (int i = 0, n = body.size(); i < n; i++) {
            Node node = body.get(i);
            try {
                node.render(in, f);
            } catch (TemplateError e) {
                throw e.at(node.line, 0);
            } catch (NullPointerException | ClassCastException | IndexOutOfBoundsException | ArithmeticException
                     | IllegalArgumentException | NegativeArraySizeException | UnsupportedOperationException e) {
                throw TemplateError.wrongType(e).at(node.line, 0);
            }
        }
    }

    /** Template text outside tags, written as it is. */
    public static final class Text extends Node {
        final String text;

        /** Text starting at a template line. */
        public Text(int line, String text) {
            super(line);
            this.text = text;
        }

        @Override
        void render(RenderState in, Frame f) {
            in.write(text);
        }
    }

    /** {@code {{ expr }}}: the value printed as Python's str() prints it. */
    public static final class Output extends Node {
        final Expr expr;

        /** A print statement at a template line. */
        public Output(int line, Expr expr) {
            super(line);
            this.expr = expr;
        }

        @Override
        void render(RenderState in, Frame f) {
            try {
                in.write(in.print(expr.run(in, f), expr.line, expr.col));
            } catch (TemplateError e) {
                throw e.at(expr.line, expr.col);
            }
        }
    }

    /** {@code {% if %}...{% elif %}...{% else %}...{% endif %}}. */
    public static final class If extends Node {
        final List<Expr> tests;
        final List<List<Node>> bodies;
        final List<Node> otherwise;

        /** An if chain; {@code otherwise} may be null. */
        public If(int line, List<Expr> tests, List<List<Node>> bodies, List<Node> otherwise) {
            super(line);
            this.tests = tests;
            this.bodies = bodies;
            this.otherwise = otherwise;
        }

        @Override
        void render(RenderState in, Frame f) {
            for (int i = 0; i < tests.size(); i++) {
                if (in.truthy(tests.get(i).run(in, f))) {
                    renderAll(bodies.get(i), in, f);
                    return;
                }
            }
            if (otherwise != null) {
                renderAll(otherwise, in, f);
            }
        }
    }

    /** {@code {% set a = x %}}, {@code {% set a, b = x %}} and {@code {% set ns.attr = x %}}. */
    public static final class Set extends Node {
        final Target target;
        final Expr value;

        /** An assignment at a template line. */
        public Set(int line, Target target, Expr value) {
            super(line);
            this.target = target;
            this.value = value;
        }

        @Override
        void render(RenderState in, Frame f) {
            target.assign(in, f, value.run(in, f));
        }
    }

    /** {@code {% set x | filter %}body{% endset %}}: captures the body's text. */
    public static final class SetBlock extends Node {
        final Target target;
        final List<Node> body;
        final Expr.Filter filter;

        /** A block assignment; {@code filter} may be null. */
        public SetBlock(int line, Target target, List<Node> body, Expr.Filter filter) {
            super(line);
            this.target = target;
            this.body = body;
            this.filter = filter;
        }

        @Override
        void render(RenderState in, Frame f) {
            Frame inner = f.child();
            String text = in.capture(() -> renderAll(body, in, inner));
            Object v = filter == null ? text
                    : in.charged(filter.fn.apply(in, text, filter.args.positional(in, f), filter.args.keywords(in, f)), text);
            target.assign(in, f, v);
        }
    }

    /** {@code {% filter f %}body{% endfilter %}}: the body's text through filters. */
    public static final class FilterBlock extends Node {
        final List<Expr.Filter> filters;
        final List<Node> body;

        /** A filter block applying {@code filters} in order. */
        public FilterBlock(int line, List<Expr.Filter> filters, List<Node> body) {
            super(line);
            this.filters = filters;
            this.body = body;
        }

        @Override
        void render(RenderState in, Frame f) {
            Frame inner = f.child();
            Object v = in.capture(() -> renderAll(body, in, inner));
            for (Expr.Filter fl : filters) {
                v = in.charged(fl.fn.apply(in, v, fl.args.positional(in, f), fl.args.keywords(in, f)), v);
            }
            in.write(in.print(v, line, 0));
        }
    }

    /** {@code {% with a = x %}body{% endwith %}}: the body in a scope with the names set. */
    public static final class With extends Node {
        final List<Target> targets;
        final List<Expr> values;
        final List<Node> body;

        /** A with block at a template line. */
        public With(int line, List<Target> targets, List<Expr> values, List<Node> body) {
            super(line);
            this.targets = targets;
            this.values = values;
            this.body = body;
        }

        @Override
        void render(RenderState in, Frame f) {
            Frame inner = f.child();
            for (int i = 0; i < targets.size(); i++) {
                targets.get(i).assign(in, inner, values.get(i).run(in, f));
            }
            renderAll(body, in, inner);
        }
    }

    /** A scoped body such as {@code {% block %}} or {@code {% autoescape %}} (rendered in place). */
    public static final class Scope extends Node {
        final List<Node> body;

        /** A scoped body at a template line. */
        public Scope(int line, List<Node> body) {
            super(line);
            this.body = body;
        }

        @Override
        void render(RenderState in, Frame f) {
            renderAll(body, in, f.child());
        }
    }

    /** {@code {% macro name(params) %}}: binds the macro in the current scope. */
    public static final class MacroDef extends Node {
        final Macro.Def def;

        /** A macro definition at a template line. */
        public MacroDef(int line, Macro.Def def) {
            super(line);
            this.def = def;
        }

        @Override
        void render(RenderState in, Frame f) {
            f.set(def.name(), new Macro(def, f));
        }
    }

    /** {@code {% call(args) m(...) %}body{% endcall %}}: passes the body as {@code caller}. */
    public static final class CallBlock extends Node {
        final Expr.Call call;
        final Macro.Def caller;

        /** A call block at a template line. */
        public CallBlock(int line, Expr.Call call, Macro.Def caller) {
            super(line);
            this.call = call;
            this.caller = caller;
        }

        @Override
        void render(RenderState in, Frame f) {
            Object fn = call.fn.run(in, f);
            Map<String, Object> kw = new LinkedHashMap<>(call.args.keywords(in, f));
            kw.put("caller", new Macro(caller, f));
            in.write(in.print(in.call(fn, call.args.positional(in, f), kw), line, 0));
        }
    }
}
