package io.modelcards.render.jinja.internal.py;

/**
 * Jinja2's default {@code Undefined}: prints as nothing, is false, iterates as empty; any further
 * attribute or item access on it is an error (as in Jinja2).
 *
 * @param hint what was looked up, for messages (e.g. {@code 'model_id' is undefined})
 */
public record Undefined(String hint) {
    /** The undefined value of a variable that does not exist. */
    public static Undefined named(String name) {
        return new Undefined("'" + name + "' is undefined");
    }

    /** The undefined value of a missing attribute or item. */
    public static Undefined attribute(Object owner, Object key) {
        return new Undefined("'" + Py.typeName(owner) + "' object has no attribute " + Repr.brief(key));
    }
}
