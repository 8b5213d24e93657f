package io.modelcards.render.jinja.internal.eval;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.render.jinja.internal.py.Owned;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyCallable;
import io.modelcards.render.jinja.internal.py.PyRange;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.Repr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one render: output buffer with its size limit, deadline, growth budget, recursion depth, strictness,
 * and the warnings met so far. One instance per render; never shared between threads.
 *
 * <p>Memory is bounded three ways: the output, together with every output still being captured (macro bodies,
 * {@code set} blocks), stays within {@link RenderOptions#maxOutputChars()}; no single string or list may be larger
 * than that; and all strings and lists the render builds add up to at most {@link #GROWTH_FACTOR} times that.
 * The last is a budget, not a measure of live memory: garbage counts too, which is what makes it deterministic.
 */
public final class RenderState implements PyRuntime {
    static final int MAX_DEPTH = 100;
    /** How many times the output limit the strings and lists built in one render may add up to. */
    static final long GROWTH_FACTOR = 4;
    /** Strings up to this length are charged when a list or dict keeps them rather than when they are built. */
    static final int SMALL = 64;

    final String name;
    final boolean strict;
    private final long maxOutput;
    private final long growthLimit;
    private final long deadline;
    private final long timeoutMillis;
    private StringBuilder out;
    private long captured;
    private long grown;
    private int ticks;
    private int depth;
    private Map<String, int[]> undefinedPrinted;

    /** The state of a new render of template {@code name} with normalised options and an output capacity hint. */
    public RenderState(String name, RenderOptions options, int sizeHint) {
        this.name = name;
        this.strict = options.strict();
        this.maxOutput = options.maxOutputChars();
        this.growthLimit = maxOutput > Long.MAX_VALUE / GROWTH_FACTOR ? Long.MAX_VALUE : maxOutput * GROWTH_FACTOR;
        this.timeoutMillis = options.timeout().toMillis();
        this.deadline = System.nanoTime() + options.timeout().toNanos();
        this.out = new StringBuilder((int) Math.min(sizeHint, maxOutput));
    }

    /** The render state behind {@code rt}: macros and loops are only ever called inside a render of this engine. */
    static RenderState of(PyRuntime rt) {
        return (RenderState) rt;
    }

    /** Options with missing or non-positive limits replaced by the defaults (never by "unlimited"). */
    public static RenderOptions normalise(RenderOptions o) {
        if (o == null) {
            return RenderOptions.DEFAULT;
        }
        RenderOptions r = o;
        if (r.maxOutputChars() <= 0) {
            r = r.withMaxOutputChars(RenderOptions.DEFAULT.maxOutputChars());
        }
        if (r.timeout() == null || r.timeout().isNegative() || r.timeout().isZero()) {
            r = r.withTimeout(RenderOptions.DEFAULT.timeout());
        }
        return r;
    }

    /** What the render has written so far. */
    public String output() {
        return out.toString();
    }

    void write(String s) {
        if ((long) out.length() + s.length() + captured > maxOutput) {
            throw new TemplateError("template/output-limit", "the output passed the limit of " + maxOutput
                    + " characters; check the template for runaway loops or raise the output limit");
        }
        out.append(s);
    }

    @Override
    public void reach(long size) {
        if (size > maxOutput || size < 0) {
            throw new TemplateError("template/output-limit", "a string or list of " + (size < 0 ? "more than "
                    + Long.MAX_VALUE : size) + " characters (a list entry counts " + ITEM + ") would pass the limit of "
                    + maxOutput + "; make it smaller or raise the output limit");
        }
    }

    @Override
    public void grow(long units) {
        reach(units);
        grown += units;
        if (grown > growthLimit) {
            throw new TemplateError("template/output-limit", "the strings and lists this render built add up to more"
                    + " than " + growthLimit + " characters (" + GROWTH_FACTOR + " times the output limit); build large"
                    + " text once (collect the parts in a list and join them) or raise the output limit");
        }
    }

    /** Called on every loop step and call: stops the render once its time is up. */
    @Override
    public void tick() {
        if ((++ticks & 255) == 0 && System.nanoTime() - deadline > 0) {
            throw new TemplateError("template/timeout", "the render took longer than " + timeoutMillis
                    + " ms and was stopped; look for a loop over a huge range or endless recursion");
        }
    }

    void enter() {
        tick();
        if (++depth > MAX_DEPTH) {
            throw new TemplateError("template/recursion", "macro calls nest deeper than " + MAX_DEPTH
                    + " levels; check the macro for endless recursion");
        }
    }

    void exit() {
        depth--;
    }

    /** Runs {@code body} with output captured, returning what it wrote; the text counts against the growth budget. */
    String capture(Runnable body) {
        StringBuilder saved = out;
        captured += saved.length();
        out = new StringBuilder();
        try {
            body.run();
            String text = out.toString();
            charged(text, null);
            return text;
        } finally {
            out = saved;
            captured -= saved.length();
        }
    }

    /** Fails on an undefined value in strict mode, as Jinja2's StrictUndefined does on any use. */
    @Override
    public Object use(Object v) {
        if (strict && v instanceof Undefined u) {
            throw new TemplateError("template/undefined", u.hint() + "; define it in the variables or guard it with"
                    + " 'is defined' or '| default(...)'");
        }
        return v;
    }

    @Override
    public boolean truthy(Object v) {
        return Py.truthy(use(v));
    }

    /** Python's {@code str(v)}, built within this render's limits (the caller charges it). */
    @Override
    public String text(Object v) {
        Object o = use(v);
        return o instanceof String s ? s : Repr.str(this, o);
    }

    @Override
    public Object iterable(Object v) {
        return use(v);
    }

    /**
     * What iterating {@code v} yields, one item at a time, with the deadline checked on every step; a list that is
     * already built (not a range) is bounded by its size, so it is iterated as it is.
     */
    @Override
    public Iterable<?> each(Object v) {
        Object o = use(v);
        if (o instanceof Collection<?> c && !(o instanceof PyRange)) {
            return c;
        }
        Iterable<?> items = Py.iter(o);
        return () -> {
            Iterator<?> it = items.iterator();
            return new Iterator<Object>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Object next() {
                    tick();
                    return it.next();
                }
            };
        };
    }

    /** A fresh list of what iterating {@code v} yields, bounded in time and size (the caller charges it). */
    @Override
    public List<Object> list(Object v) {
        Object o = use(v);
        if (o instanceof PyRange r) {
            reach(ITEM * r.length());
        }
        if (o instanceof Collection<?> c) {
            reach(ITEM * c.size());
            return new Owned.PyList(c);
        }
        List<Object> items = new Owned.PyList();
        for (Object x : each(o)) {
            if ((items.size() & 1023) == 0) {
                reach(ITEM * (items.size() + 1024L));
            }
            items.add(x);
        }
        return items;
    }

    /**
     * Charges a value an operation returned to the growth budget, unless it is its input passed through: a string of
     * more than {@link #SMALL} characters by its characters, a list or dict by its entries. Lazy ranges and template
     * objects cost nothing. Small strings are charged only when a list or dict keeps them ({@link #stored}), so that
     * the many short strings of an ordinary render cost nothing.
     */
    @Override
    public Object charged(Object result, Object input) {
        if (result == input) {
            return result;
        }
        if (result instanceof String s) {
            if (s.length() > SMALL) {
                grow(s.length());
            }
        } else if (result instanceof Collection<?> c && !(result instanceof PyRange)) {
            grow(ITEM * c.size());
        } else if (result instanceof Map<?, ?> m) {
            grow(2 * ITEM * m.size());
        }
        return result;
    }

    /** Charges a value a template-owned list or dict is about to keep: its entry, and a small string's characters. */
    @Override
    public void stored(Object value) {
        grow(value instanceof String s && s.length() <= SMALL ? ITEM + PIECE + s.length() : ITEM);
    }

    /** Text of a printed value; an undefined one is remembered for a warning. */
    String print(Object v, int line, int col) {
        if (v instanceof Undefined u) {
            use(v);
            if (undefinedPrinted == null) {
                undefinedPrinted = new LinkedHashMap<>();
            }
            undefinedPrinted.putIfAbsent(u.hint(), new int[] {line, col});
            return "";
        }
        return v instanceof String s ? s : Repr.str(this, v);
    }

    /** One warning per undefined variable printed as empty text, at its first place. */
    public List<Diagnostic> warnings() {
        List<Diagnostic> w = new ArrayList<>();
        if (undefinedPrinted != null) {
            for (var e : undefinedPrinted.entrySet()) {
                w.add(Diagnostic.warning(name, e.getValue()[0], e.getValue()[1], "template/undefined", e.getKey()
                        + " and printed as empty text; pass it in the variables or use '| default(...)'"));
            }
        }
        return w;
    }

    Object call(Object fn, List<Object> args, Map<String, Object> kwargs) {
        if (fn instanceof PyCallable c) {
            return c.call(this, args, kwargs);
        }
        if (fn instanceof Undefined u) {
            throw new TemplateError("template/undefined", u.hint() + " and cannot be called; define it first");
        }
        throw new TemplateError("template/forbidden", "'" + Py.typeName(fn) + "' object is not callable; templates may"
                + " only call macros, globals such as range(), and Python string, list and dict methods");
    }
}
