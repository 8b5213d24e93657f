package io.modelcards.diagnostic;

/**
 * One problem found in an input, with where it is and how to fix it.
 *
 * @param severity how serious it is
 * @param file     the input's path as the user named it, or "-" for standard input
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param code     a stable rule id such as {@code hf/model-index-shape}; tests and suppressions use it
 * @param message  what is wrong and what to do about it
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message) {

    public static Diagnostic error(String file, int line, int column, String code, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, code, message);
    }

    public static Diagnostic warning(String file, int line, int column, String code, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, code, message);
    }

    /** A copy that names {@code newFile} as the input. */
    public Diagnostic inFile(String newFile) {
        return new Diagnostic(severity, newFile, line, column, code, message);
    }

    /** The line printed on stderr: {@code path:line:col: severity: message [code]}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.word() + ": " + message + (code == null ? "" : " [" + code + "]");
    }

    @Override
    public String toString() {
        return format();
    }
}
