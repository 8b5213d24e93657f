package io.modelcards.render.jinja;

/**
 * Stops a render: carries the rule code and a message that says what to do; the line is filled in
 * by the innermost template node that sees it.
 */
final class TemplateError extends RuntimeException {
    final String code;
    int line;
    int column;

    TemplateError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    TemplateError at(int l, int c) {
        if (line == 0) {
            line = l;
            column = c;
        }
        return this;
    }
}
