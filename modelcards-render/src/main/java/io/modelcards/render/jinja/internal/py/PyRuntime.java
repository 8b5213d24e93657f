package io.modelcards.render.jinja.internal.py;

import java.util.List;

/**
 * What Python value operations, filters and tests need from the render they run in: its limits and deadline
 * ({@link Budget}), its strictness about undefined values, and iteration that checks the deadline.
 */
public interface PyRuntime extends Budget {
    /** {@code v}, or an undefined-value error when the render is strict and {@code v} is undefined. */
    Object use(Object v);

    /** Python's truth of {@code v} (after {@link #use}). */
    boolean truthy(Object v);

    /** Python's {@code str(v)} (after {@link #use}), built within the limits. */
    String text(Object v);

    /** {@code v} about to be iterated (after {@link #use}). */
    Object iterable(Object v);

    /** What iterating {@code v} yields, one item at a time, with the deadline checked on every step. */
    Iterable<?> each(Object v);

    /** A fresh list of what iterating {@code v} yields, refused before it passes the size limit. */
    List<Object> list(Object v);

    /** Charges {@code result} to the growth budget unless it is {@code input} passed through; returns it. */
    Object charged(Object result, Object input);

    /** Charges a value a template-owned list or dict is about to keep. */
    void stored(Object value);
}
