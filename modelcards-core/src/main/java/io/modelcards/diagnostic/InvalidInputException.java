package io.modelcards.diagnostic;

import java.util.List;

/**
 * Thrown when an input cannot be read into a card; carries every problem found, each with its location.
 * Commands map it to exit code 3 and print {@link Diagnostic#format()} lines.
 */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> problems;

    public InvalidInputException(List<Diagnostic> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** Every problem found, in the order found; never empty when thrown by modelcards. */
    public List<Diagnostic> problems() {
        return problems;
    }
}
