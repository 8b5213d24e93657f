package io.modelcards.render.jinja;

import java.util.HashMap;
import java.util.Map;

/**
 * One variable scope. The root frame reads the caller's variables, then the template globals; inner frames
 * (loop bodies, macro calls) shadow their parent, so assignments inside them never leak out, as in Jinja2.
 */
final class Frame {
    static final Object MISSING = new Object();

    private final Frame parent;
    private final Map<String, ?> context;
    private HashMap<String, Object> vars;

    private Frame(Frame parent, Map<String, ?> context) {
        this.parent = parent;
        this.context = context;
    }

    static Frame root(Map<String, ?> context) {
        return new Frame(null, context);
    }

    Frame child() {
        return new Frame(this, null);
    }

    /** The value of {@code name}, or {@link #MISSING}. */
    Object lookup(String name) {
        for (Frame f = this; f != null; f = f.parent) {
            if (f.vars != null) {
                Object v = f.vars.getOrDefault(name, MISSING);
                if (v != MISSING) {
                    return v;
                }
            }
            if (f.context != null) {
                Object v = f.context.get(name);
                if (v != null || f.context.containsKey(name)) {
                    return v;
                }
                return Globals.get(name);
            }
        }
        return MISSING;
    }

    void set(String name, Object value) {
        if (vars == null) {
            vars = new HashMap<>();
        }
        vars.put(name, value);
    }
}
