package io.modelcards.render.jinja.internal.py;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} of values, written into a buffer that stays within a render's limits: a
 * list that holds one long string many times is refused as it is printed, not after.
 */
public final class Repr {
    /** Where Python prints a memory address, Jinja2-shaped reprs print this, so that output stays the same. */
    public static final String ADDRESS = "0x7f0000000000";
    private static final int MAX_DEPTH = 200;
    /** Values printed outside a render (in messages) are cut here. */
    private static final int BRIEF = 80;

    private final StringBuilder sb = new StringBuilder();
    private final Budget budget;
    private int depth;

    /** Thrown to stop a brief repr once it is long enough. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private Repr(Budget budget) {
        this.budget = budget;
    }

    /** Python's {@code str(o)} within {@code budget}'s limits. */
    public static String str(Budget budget, Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Undefined) {
            return "";
        }
        String simple = Py.scalarText(o);
        return simple != null ? simple : repr(budget, o);
    }

    /** Python's {@code repr(o)} within {@code budget}'s limits. */
    public static String repr(Budget budget, Object o) {
        Repr r = new Repr(budget);
        r.value(o);
        return r.sb.toString();
    }

    /** Python's {@code repr(o)} cut to about 80 characters, for messages. */
    public static String brief(Object o) {
        Repr r = new Repr(null);
        try {
            r.value(o);
            return r.sb.toString();
        } catch (Enough e) {
            return r.sb + "...";
        }
    }

    /** Appends {@code s}, refusing to pass the limit. */
    public Repr append(String s) {
        long size = (long) sb.length() + s.length();
        if (budget != null) {
            budget.reach(size);
        } else if (size > BRIEF) {
            sb.append(s, 0, Math.max(0, BRIEF - sb.length()));
            throw new Enough();
        }
        sb.append(s);
        return this;
    }

    /** Appends the repr of {@code o}, one level deeper. */
    public Repr value(Object o) {
        if (++depth > MAX_DEPTH) {
            throw new TemplateError("template/runtime", "a value nests too deeply to print; flatten it");
        }
        try {
            if (budget != null) {
                budget.tick();
            }
            write(o);
            return this;
        } finally {
            depth--;
        }
    }

    private void write(Object o) {
        if (o instanceof String s) {
            append(Py.quote(s));
        } else if (o instanceof PyObject p) {
            p.repr(this);
        } else if (o instanceof Undefined) {
            append("Undefined");
        } else if (o instanceof PyTuple t) {
            items("(", t, t.size() == 1 ? ",)" : ")");
        } else if (o instanceof List<?> l) {
            items("[", l, "]");
        } else if (o instanceof Map<?, ?> m) {
            append("{");
            boolean first = true;
            for (var e : m.entrySet()) {
                if (!first) {
                    append(", ");
                }
                first = false;
                value(e.getKey());
                append(": ");
                value(e.getValue());
            }
            append("}");
        } else {
            String simple = Py.scalarText(o);
            append(simple != null ? simple : "<object object at " + ADDRESS + ">");
        }
    }

    /** {@code open}, the items' reprs separated by commas, {@code close}. */
    public Repr items(String open, List<?> items, String close) {
        append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                append(", ");
            }
            value(items.get(i));
        }
        return append(close);
    }
}
