package io.modelcards.render.jinja.internal.py;

import java.util.List;
import java.util.Map;

/** Something a template may call: a macro, a global such as {@code range}, or a bound Python-ish method. */
public interface PyCallable {
    /** The result of calling this with positional and keyword arguments, within {@code in}'s limits. */
    Object call(PyRuntime in, List<Object> args, Map<String, Object> kwargs);
}
