package io.modelcards.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the modelcards command in-process and captures exactly what it prints and returns. */
final class Cli {
    /** What one run produced. */
    record Run(int exitCode, String out, String err) {
        /** No Java stack trace or exception class name leaked to the user. */
        boolean leaksNoStackTrace() {
            return !err.contains("\tat ") && !err.contains("Exception") && !out.contains("\tat ");
        }
    }

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
