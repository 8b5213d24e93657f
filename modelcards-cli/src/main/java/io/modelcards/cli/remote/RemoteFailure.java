package io.modelcards.cli.remote;

import io.modelcards.diagnostic.Diagnostic;
import java.util.List;

/**
 * A registry request that did not succeed, with the exit code the command ends with (3 when the registry refused
 * the request, 1 when it could not be reached or failed) and the diagnostics to print, one per line.
 */
public final class RemoteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final transient List<Diagnostic> problems;

    /** A failure ending the command with {@code exitCode}, reported as {@code problems} (at least one). */
    public RemoteFailure(int exitCode, List<Diagnostic> problems) {
        super(problems.isEmpty() ? "failed" : problems.get(0).format(), null, false, false);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    /** The exit code the command ends with. */
    public int exitCode() {
        return exitCode;
    }

    /** What to print, one diagnostic per line. */
    public List<Diagnostic> problems() {
        return problems;
    }
}
