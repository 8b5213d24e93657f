package io.modelcards.render.jinja.internal.py;

/**
 * Stops a render: carries the rule code and a message that says what to do; the line is filled in
 * by the innermost template node that sees it.
 */
public final class TemplateError extends RuntimeException {
    public final String code;
    public int line;
    public int column;

    /** An error with a rule code and a message that says what to do, not yet located. */
    public TemplateError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** A Java type error met while applying Python semantics: a value of the wrong kind reached an operation. */
    public static TemplateError wrongType(RuntimeException e) {
        String what = e instanceof IndexOutOfBoundsException ? "an index or argument is missing or out of range"
                : e instanceof ArithmeticException ? "an arithmetic operation failed"
                : "a value of the wrong type (or None) was used";
        return new TemplateError("template/runtime", what + " here; check the values and arguments this expression uses");
    }

    /** This error, located at line {@code l} and column {@code c} unless it already has a line. */
    public TemplateError at(int l, int c) {
        if (line == 0) {
            line = l;
            column = c;
        }
        return this;
    }
}
