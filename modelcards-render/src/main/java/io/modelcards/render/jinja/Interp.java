package io.modelcards.render.jinja;

import io.modelcards.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one render: output buffer with its size limit, deadline, recursion depth, strictness, and the
 * warnings met so far. One instance per render; never shared between threads.
 */
final class Interp {
    static final int MAX_DEPTH = 100;

    final String name;
    final boolean strict;
    private final long maxOutput;
    private final long deadline;
    private final long timeoutMillis;
    private StringBuilder out;
    private int ticks;
    private int depth;
    private Map<String, int[]> undefinedPrinted;

    Interp(String name, RenderOptions options, int sizeHint) {
        this.name = name;
        this.strict = options.strict();
        this.maxOutput = options.maxOutputChars();
        this.timeoutMillis = options.timeout().toMillis();
        this.deadline = System.nanoTime() + options.timeout().toNanos();
        this.out = new StringBuilder(sizeHint);
    }

    /** Options with missing or non-positive limits replaced by the defaults (never by "unlimited"). */
    static RenderOptions normalise(RenderOptions o) {
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

    String output() {
        return out.toString();
    }

    void write(String s) {
        out.append(s);
        if (out.length() > maxOutput) {
            throw new TemplateError("template/output-limit", "the output passed the limit of " + maxOutput
                    + " characters; check the template for runaway loops or raise the output limit");
        }
    }

    /** Refuses to build a string or list larger than the output limit (e.g. {@code "x" * 10**12}). */
    void checkSize(long n) {
        if (n > maxOutput) {
            throw new TemplateError("template/output-limit", "a value of " + n + " items passes the output limit of "
                    + maxOutput + "; make it smaller");
        }
    }

    /** Called on every loop step and call: stops the render once its time is up. */
    void tick() {
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

    /** Runs {@code body} with output captured, returning what it wrote. */
    String capture(Runnable body) {
        StringBuilder saved = out;
        out = new StringBuilder();
        try {
            body.run();
            return out.toString();
        } finally {
            out = saved;
        }
    }

    /** Fails on an undefined value in strict mode, as Jinja2's StrictUndefined does on any use. */
    Object use(Object v) {
        if (strict && v instanceof Undefined u) {
            throw new TemplateError("template/undefined", u.hint() + "; define it in the variables or guard it with"
                    + " 'is defined' or '| default(...)'");
        }
        return v;
    }

    boolean truthy(Object v) {
        return Py.truthy(use(v));
    }

    String text(Object v) {
        return Py.str(use(v));
    }

    Object iterable(Object v) {
        return use(v);
    }

    /** A fresh list of what iterating {@code v} yields, bounded in time and size. */
    List<Object> list(Object v) {
        Object o = use(v);
        if (o instanceof java.util.Collection<?> c) {
            checkSize(c.size());
            return new Owned.PyList(c);
        }
        List<Object> out = new Owned.PyList();
        for (Object x : Py.iter(o)) {
            tick();
            out.add(x);
        }
        checkSize(out.size());
        return out;
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
        return Py.str(v);
    }

    List<Diagnostic> warnings() {
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
