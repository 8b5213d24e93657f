package io.modelcards.server;

import io.modelcards.diagnostic.Diagnostic;
import java.util.List;

/** The server could not start from its configuration: the message and the located problems say what to fix. */
public final class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> problems;

    /** A start refused for {@code message}, with the {@code problems} found in the named file. */
    public ServerStartException(String message, List<Diagnostic> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The problems, each with its file, line and column. */
    public List<Diagnostic> problems() {
        return problems;
    }
}
