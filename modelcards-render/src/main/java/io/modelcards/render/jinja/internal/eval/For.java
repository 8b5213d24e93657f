package io.modelcards.render.jinja.internal.eval;

import io.modelcards.render.jinja.internal.py.Budget;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyCallable;
import io.modelcards.render.jinja.internal.py.PyFunction;
import io.modelcards.render.jinja.internal.py.PyObject;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.PyTuple;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code {% for target in iter [if cond] [recursive] %}body{% else %}empty{% endfor %}} with Jinja2's loop object. */
public final class For extends Node {
    final Target target;
    final Expr iter;
    final Expr filter;
    final List<Node> body;
    final List<Node> otherwise;
    final boolean recursive;

    /** A for loop; {@code filter} and {@code otherwise} may be null. */
    public For(int line, Target target, Expr iter, Expr filter, List<Node> body, List<Node> otherwise, boolean recursive) {
        super(line);
        this.target = target;
        this.iter = iter;
        this.filter = filter;
        this.body = body;
        this.otherwise = otherwise;
        this.recursive = recursive;
    }

    @Override
    void render(RenderState in, Frame f) {
        Object source = iter.run(in, f);
        if (recursive) {
            in.write(loop(in, f, source, 0));
        } else {
            run(in, f, source, 0);
        }
    }

    private String loop(RenderState in, Frame f, Object source, int depth) {
        return in.capture(() -> run(in, f, source, depth));
    }

    private void run(RenderState in, Frame f, Object source, int depth) {
        List<?> items = items(in, in.iterable(source));
        if (filter != null) {
            List<Object> kept = new ArrayList<>();
            for (Object item : items) {
                in.tick();
                Frame probe = f.child();
                target.assign(in, probe, item);
                if (in.truthy(filter.run(in, probe))) {
                    in.reach(Budget.ITEM * (kept.size() + 1L));
                    kept.add(item);
                }
            }
            items = kept;
        }
        if (items.isEmpty()) {
            if (otherwise != null) {
                renderAll(otherwise, in, f);
            }
            return;
        }
        Loop loop = new Loop(items, depth, recursive ? this : null, f);
        for (int i = 0, n = items.size(); i < n; i++) {
            in.tick();
            loop.index0 = i;
            Frame frame = f.child();
            target.assign(in, frame, items.get(i));
            frame.set("loop", loop);
            renderAll(body, in, frame);
        }
    }

    private static List<?> items(RenderState in, Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        if (v instanceof String s) {
            return PyStr.characters(s);
        }
        if (v instanceof Undefined) {
            return List.of();
        }
        return in.list(v);
    }

    /** Jinja2's {@code loop} variable. */
    static final class Loop implements PyObject, PyCallable {
        private final List<?> items;
        private final int depth;
        private final For recursive;
        private final Frame frame;
        int index0;
        private Object lastChanged = Frame.MISSING;

        Loop(List<?> items, int depth, For recursive, Frame frame) {
            this.items = items;
            this.depth = depth;
            this.recursive = recursive;
            this.frame = frame;
        }

        @Override
        public Object attr(String name) {
            int n = items.size();
            return switch (name) {
                case "index" -> (long) index0 + 1;
                case "index0" -> (long) index0;
                case "revindex" -> (long) (n - index0);
                case "revindex0" -> (long) (n - index0 - 1);
                case "first" -> index0 == 0;
                case "last" -> index0 == n - 1;
                case "length" -> (long) n;
                case "depth" -> (long) depth + 1;
                case "depth0" -> (long) depth;
                case "previtem" -> index0 > 0 ? items.get(index0 - 1) : Undefined.named("there is no previous item");
                case "nextitem" -> index0 < n - 1 ? items.get(index0 + 1) : Undefined.named("there is no next item");
                case "cycle" -> PyFunction.method("LoopContext", "cycle", this, (in, args, kw) -> {
                    if (args.isEmpty()) {
                        throw new TemplateError("template/runtime", "no items for cycling given");
                    }
                    return args.get(index0 % args.size());
                });
                case "changed" -> PyFunction.method("LoopContext", "changed", this, (in, args, kw) -> {
                    Object key = PyTuple.of(args);
                    if (lastChanged != Frame.MISSING && Py.eq(lastChanged, key)) {
                        return false;
                    }
                    lastChanged = key;
                    return true;
                });
                default -> Undefined.attribute(this, name);
            };
        }

        @Override
        public Object call(PyRuntime rt, List<Object> args, Map<String, Object> kwargs) {
            RenderState in = RenderState.of(rt);
            if (recursive == null) {
                throw new TemplateError("template/runtime", "the loop must have the 'recursive' marker to be called");
            }
            if (args.size() != 1) {
                throw new TemplateError("template/runtime", "loop() takes exactly one iterable");
            }
            in.enter();
            try {
                return recursive.loop(in, frame, args.get(0), depth + 1);
            } finally {
                in.exit();
            }
        }

        @Override
        public String pyType() {
            return "LoopContext";
        }

        @Override
        public String pyRepr() {
            return "<LoopContext " + (index0 + 1) + "/" + items.size() + ">";
        }
    }
}
