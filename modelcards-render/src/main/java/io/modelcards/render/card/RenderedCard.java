package io.modelcards.render.card;

import io.modelcards.card.Lists;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.util.List;
import java.util.Map;

/**
 * A rendered card with the problems met and the files its text refers to: for md, the chart images to write beside
 * the README (file name to bytes, e.g. {@code training_curve.svg}); html and json need none, since the page carries
 * its charts inline. When {@link #hasErrors()} is true the output is empty and there are no attachments.
 *
 * @param output      the rendered text
 * @param problems    every problem met, each with its template line
 * @param attachments plain file names (no directory part) to contents, in a stable order; the arrays are not copied
 */
public record RenderedCard(String output, List<Diagnostic> problems, Map<String, byte[]> attachments) {
    /** Copies the problems and the attachments, keeping the attachments' order. */
    public RenderedCard {
        problems = List.copyOf(problems);
        attachments = Lists.copy(attachments);
    }

    /** A failed render: no output, no attachments, and {@code problems}, among them at least one error. */
    static RenderedCard failed(List<Diagnostic> problems) {
        return new RenderedCard("", problems, Map.of());
    }

    /** Whether any problem is an error; then nothing may be written. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
