package io.modelcards.render.jinja.internal.eval;

import io.modelcards.render.jinja.internal.lib.Globals;
import java.util.Arrays;
import java.util.Map;

/**
 * One variable scope. The root frame reads the caller's variables, then the template globals; inner frames
 * (loop bodies, macro calls) shadow their parent, so assignments inside them never leak out, as in Jinja2.
 * Scopes hold few names, so a small array searched by identity (names are interned by the lexer) beats a hash map.
 */
public final class Frame {
    static final Object MISSING = new Object();

    private final Frame parent;
    private final Map<String, ?> context;
    private String[] names;
    private Object[] values;
    private int size;

    private Frame(Frame parent, Map<String, ?> context) {
        this.parent = parent;
        this.context = context;
    }

    /** The outermost scope of a render: the caller's variables, then the globals. */
    public static Frame root(Map<String, ?> context) {
        return new Frame(null, context);
    }

    Frame child() {
        return new Frame(this, null);
    }

    private int indexOf(String name) {
        String[] n = names;
        for (int i = size - 1; i >= 0; i--) {
            String k = n[i];
            if (k == name || k.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of {@code name}, or {@link #MISSING}. */
    Object lookup(String name) {
        for (Frame f = this; f != null; f = f.parent) {
            if (f.size > 0) {
                int i = f.indexOf(name);
                if (i >= 0) {
                    return f.values[i];
                }
            }
            if (f.context != null) {
                Object v = f.context.get(name);
                if (v != null || f.context.containsKey(name)) {
                    return v;
                }
                Object global = Globals.get(name);
                return global == null ? MISSING : global;
            }
        }
        return MISSING;
    }

    void set(String name, Object value) {
        if (names == null) {
            names = new String[4];
            values = new Object[4];
        } else {
            int i = indexOf(name);
            if (i >= 0) {
                values[i] = value;
                return;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
        }
        names[size] = name;
        values[size++] = value;
    }
}
