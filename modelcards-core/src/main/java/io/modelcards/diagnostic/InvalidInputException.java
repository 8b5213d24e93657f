package io.modelcards.diagnostic;

import java.util.List;

/**
 * Thrown when an input cannot be read into a card; carries every problem found, each with its location.
 * Commands map it to exit code 3 and print {@link Diagnostic#format()} lines.
 */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InvalidInputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
