package io.modelcards.render.jinja.internal.eval;

import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyCallable;
import io.modelcards.render.jinja.internal.py.PyObject;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyTuple;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A macro bound to the frame it was defined in; calling it renders its body into a string. */
public final class Macro implements PyCallable, PyObject {
    /**
     * @param usesVarargs whether the body reads {@code varargs} (then extra positional arguments are allowed)
     * @param usesKwargs  whether the body reads {@code kwargs} (then unknown keyword arguments are allowed)
     * @param usesCaller  whether the body reads {@code caller}
     */
    public record Def(String name, List<String> params, List<Expr> defaults, List<Node> body, boolean usesVarargs,
               boolean usesKwargs, boolean usesCaller) {
        /** The body of a {@code {% call %}} block, which Jinja2 names nothing. */
        boolean anonymous() {
            return name.equals("caller");
        }
    }

    private final Def def;
    private final Frame closure;

    Macro(Def def, Frame closure) {
        this.def = def;
        this.closure = closure;
    }

    @Override
    public Object call(PyRuntime rt, List<Object> args, Map<String, Object> kwargs) {
        RenderState in = RenderState.of(rt);
        List<String> params = def.params();
        if (args.size() > params.size() && !def.usesVarargs()) {
            throw new TemplateError("template/runtime", "macro '" + def.name() + "' takes not more than " + params.size()
                    + " argument(s); pass fewer");
        }
        Frame f = closure.child();
        Map<String, Object> extra = new LinkedHashMap<>(kwargs);
        Object caller = extra.remove("caller");
        if (caller != null && !def.usesCaller()) {
            throw new TemplateError("template/runtime", "macro '" + def.name() + "' was invoked with a caller but does"
                    + " not use 'caller'");
        }
        int firstDefault = params.size() - def.defaults().size();
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i);
            if (i < args.size()) {
                if (extra.containsKey(p)) {
                    throw new TemplateError("template/runtime", "macro '" + def.name() + "' got multiple values for"
                            + " argument '" + p + "'");
                }
                f.set(p, args.get(i));
            } else if (extra.containsKey(p)) {
                f.set(p, extra.remove(p));
            } else if (i >= firstDefault) {
                f.set(p, def.defaults().get(i - firstDefault).run(in, f));
            } else {
                f.set(p, Undefined.named(p));
            }
        }
        if (!extra.isEmpty() && !def.usesKwargs()) {
            throw new TemplateError("template/runtime", "macro '" + def.name() + "' takes no keyword argument '"
                    + extra.keySet().iterator().next() + "'");
        }
        List<Object> varargs = args.size() > params.size() ? new ArrayList<>(args.subList(params.size(), args.size())) : List.of();
        f.set("varargs", PyTuple.of(varargs));
        f.set("kwargs", extra);
        if (def.usesCaller()) {
            f.set("caller", caller == null ? Undefined.named("caller") : caller);
        }
        in.enter();
        try {
            return in.capture(() -> Node.renderAll(def.body(), in, f));
        } finally {
            in.exit();
        }
    }

    @Override
    public Object attr(String n) {
        return switch (n) {
            case "name" -> def.anonymous() ? null : def.name();
            case "arguments" -> PyTuple.of(def.params());
            default -> Undefined.attribute(this, n);
        };
    }

    @Override
    public String pyType() {
        return "Macro";
    }

    @Override
    public String pyRepr() {
        return def.anonymous() ? "<Macro anonymous>" : "<Macro " + Py.quote(def.name()) + ">";
    }
}
