package io.modelcards.cli;

import io.modelcards.diagnostic.Diagnostic;
import java.util.List;

/**
 * Ends a command with an exit code and diagnostic lines for stderr. Thrown by commands instead of calling
 * System.exit, so that tests can run commands in-process.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final transient List<Diagnostic> problems;

    CliFailure(int exitCode, List<Diagnostic> problems) {
        super(problems.isEmpty() ? "failed" : problems.get(0).format(), null, false, false);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    static CliFailure invalid(Diagnostic d) {
        return new CliFailure(ExitCode.INVALID, List.of(d));
    }

    static CliFailure usage(String file, String code, String message) {
        return new CliFailure(ExitCode.USAGE, List.of(Diagnostic.error(file, 0, 0, code, message)));
    }

    int exitCode() {
        return exitCode;
    }

    List<Diagnostic> problems() {
        return problems;
    }
}
