package io.modelcards.render.jinja;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.render.jinja.internal.py.TemplateError;

/** Turns a stopped render into a located {@link Diagnostic}. */
final class TemplateProblems {
    private TemplateProblems() {
    }

    static Diagnostic of(String name, TemplateError e) {
        String prefix = switch (e.code) {
            case "template/syntax" -> "template syntax error: ";
            case "template/undefined" -> "undefined value: ";
            default -> "";
        };
        return Diagnostic.error(name, e.line, e.column, e.code, prefix + e.getMessage());
    }
}
