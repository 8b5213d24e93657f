package io.modelcards.render.jinja;

/** A template-side object (loop, namespace, macro...) with Python-style attribute access and repr. */
interface PyObject {
    /** The attribute's value, or an {@link Undefined} when there is none. */
    Object attr(String name);

    String pyRepr();
}
