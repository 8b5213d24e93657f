package io.modelcards.diagnostic;

/**
 * One problem found in an input, with where it is and how to fix it.
 *
 * <p>A problem in a card may also name the card field it concerns as a JSON Pointer into the card's JSON form
 * ({@code /uses/out_of_scope_use}), so that a web form or an HTTP error body can point at the field rather than at a
 * line. The pointer is not part of the printed line: {@link #format()} is the same with or without it.
 *
 * @param severity how serious it is
 * @param file     the input's path as the user named it, or "-" for standard input
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param code     a stable rule id such as {@code hf/model-index-shape}; tests and suppressions use it
 * @param message  what is wrong and what to do about it
 * @param pointer  the JSON Pointer of the card field concerned, or null when the problem is not about one field
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message, String pointer) {

    /** A problem that names no card field. */
    public Diagnostic(Severity severity, String file, int line, int column, String code, String message) {
        this(severity, file, line, column, code, message, null);
    }

    public static Diagnostic error(String file, int line, int column, String code, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, code, message);
    }

    public static Diagnostic warning(String file, int line, int column, String code, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, code, message);
    }

    /** A copy that names {@code newFile} as the input. */
    public Diagnostic inFile(String newFile) {
        return new Diagnostic(severity, newFile, line, column, code, message, pointer);
    }

    /** A copy that names the card field at {@code newPointer} (a JSON Pointer, or null for none). */
    public Diagnostic atPointer(String newPointer) {
        return new Diagnostic(severity, file, line, column, code, message, newPointer);
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
