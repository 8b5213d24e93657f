package io.modelcards.diagnostic;

import java.util.Locale;

/** How serious a problem is; errors fail a command, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case word used in {@code path:line:col: severity: message} lines. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
