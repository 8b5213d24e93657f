package io.modelcards.cli.validate;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.util.List;

/**
 * What {@code validate} found in one file.
 *
 * @param file         the file as the user named it (or as found in a folder)
 * @param problems     the problems that count, in the order found
 * @param suppressed   the problems a suppression switched off, with the suppression that did
 * @param completeness the completeness score when the complete pack ran and the card could be read, else null
 */
public record FileReport(String file, List<Diagnostic> problems, List<Suppressed> suppressed, Integer completeness) {
    public FileReport {
        problems = List.copyOf(problems);
        suppressed = List.copyOf(suppressed);
    }

    /**
     * A problem that does not count, and why.
     *
     * @param problem the problem
     * @param by      the suppression that switched it off
     */
    public record Suppressed(Diagnostic problem, Suppression by) {}

    /** How many counted problems have {@code severity}. */
    public long count(Severity severity) {
        return problems.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether the file fails: any counted error. */
    public boolean failed() {
        return count(Severity.ERROR) > 0;
    }
}
