package io.modelcards.render.jinja.internal.py;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A function value a template can call and print: a global such as {@code range} (which Python shows as a class),
 * or a bound method such as {@code cycler.next}. It prints as Jinja2 prints it, never as a Java object.
 */
public final class PyFunction implements PyCallable, PyObject {
    private final String type;
    private final Supplier<String> repr;
    private final PyCallable body;

    private PyFunction(String type, Supplier<String> repr, PyCallable body) {
        this.type = type;
        this.repr = repr;
        this.body = body;
    }

    /** A Python class called as a function, printed as {@code <class 'qualified.name'>}. */
    public static PyFunction type(String qualifiedName, PyCallable body) {
        String text = "<class '" + qualifiedName + "'>";
        return new PyFunction("type", () -> text, body);
    }

    /** A plain Python function, printed as {@code <function name at 0x...>}. */
    public static PyFunction function(String name, PyCallable body) {
        String text = "<function " + name + " at " + Repr.ADDRESS + ">";
        return new PyFunction("function", () -> text, body);
    }

    /** A method bound to an object, printed as {@code <bound method Owner.name of <the object's repr>>}. */
    public static PyFunction method(String owner, String name, PyObject self, PyCallable body) {
        return new PyFunction("method", () -> "<bound method " + owner + "." + name + " of " + self.pyRepr() + ">", body);
    }

    @Override
    public Object call(PyRuntime in, List<Object> args, Map<String, Object> kwargs) {
        return body.call(in, args, kwargs);
    }

    @Override
    public Object attr(String name) {
        return Undefined.attribute(this, name);
    }

    @Override
    public String pyType() {
        return type;
    }

    @Override
    public String pyRepr() {
        return repr.get();
    }
}
