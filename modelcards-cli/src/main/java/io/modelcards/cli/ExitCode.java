package io.modelcards.cli;

/** The exit codes every modelcards command returns (DESIGN.md): scripts rely on them. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** A bug or an environment failure (disk full, permission denied); the message says which. */
    public static final int INTERNAL = 1;
    /** The command line is wrong: unknown option, missing argument, bad value. */
    public static final int USAGE = 2;
    /** The input is invalid, or a gate or policy said no. */
    public static final int INVALID = 3;

    private ExitCode() {}
}
