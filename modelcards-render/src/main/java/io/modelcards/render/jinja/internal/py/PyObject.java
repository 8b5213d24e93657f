package io.modelcards.render.jinja.internal.py;

/**
 * A template-side object (loop, namespace, macro, global function...) with Python-style attribute access, type name
 * and repr. Everything a template can hold that is not plain data is one of these, so that no Java name is printed.
 */
public interface PyObject {
    /** The attribute's value, or an {@link Undefined} when there is none. */
    Object attr(String name);

    /** Python's {@code type(x).__name__}, as Jinja2's messages show it. */
    String pyType();

    /** Python's {@code repr(x)} when it is short and fixed. */
    String pyRepr();

    /** Writes Python's {@code repr(x)}; objects that hold other values override this to stay within the limits. */
    default void repr(Repr out) {
        out.append(pyRepr());
    }
}
