package io.modelcards.render.jinja;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.util.List;

/**
 * The output of a render and every problem met on the way, each with its template line.
 * When {@link #hasErrors()} is true the output must not be written anywhere.
 */
public record RenderResult(String output, List<Diagnostic> problems) {
    /** A result holding a copy of the problems. */
    public RenderResult {
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error, in which case the output is empty and must not be written. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
