package io.modelcards.render.jinja;

import java.util.List;
import java.util.Map;

/** Something a template may call: a macro, a global such as {@code range}, or a bound Python-ish method. */
interface PyCallable {
    Object call(Interp in, List<Object> args, Map<String, Object> kwargs);
}
