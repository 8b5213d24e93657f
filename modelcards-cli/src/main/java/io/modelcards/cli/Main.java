package io.modelcards.cli;

import io.modelcards.cli.remote.RemoteFailure;
import io.modelcards.cli.usage.TerminalWidth;
import io.modelcards.cli.usage.Typos;
import io.modelcards.cli.usage.UsageHelp;
import io.modelcards.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/** Entry point of the {@code modelcards} command: runs it and exits with its {@link ExitCode}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams and returns the exit code; never exits the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, TerminalWidth::detect);
    }

    /** Runs the command as {@link #run(String[], PrintWriter, PrintWriter)} does, with help wrapped to {@code helpWidth}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, IntSupplier helpWidth) {
        CommandLine cl = CommandLines.forArgs(args);
        UsageHelp.install(cl, helpWidth);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> handle(ex, line.getErr()));
        cl.setParameterExceptionHandler((ex, args2) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            Optional<Diagnostic> typo = Typos.explain(ex);
            if (typo.isPresent()) {
                e.println(typo.get().format());
            } else {
                e.println("modelcards: " + ex.getMessage());
                e.println("Try 'modelcards " + qualifiedName(ex.getCommandLine()) + "--help' for usage.");
            }
            e.flush();
            return ExitCode.USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String qualifiedName(CommandLine cl) {
        String name = cl.getCommandSpec().qualifiedName(" ");
        int sp = name.indexOf(' ');
        return sp < 0 ? "" : name.substring(sp + 1) + " ";
    }

    private static int handle(Exception ex, PrintWriter err) {
        // A refusal the command expected: its diagnostics, one per line, and its exit code.
        if (ex instanceof CliFailure || ex instanceof RemoteFailure) {
            List<Diagnostic> problems = ex instanceof CliFailure f ? f.problems() : ((RemoteFailure) ex).problems();
            problems.forEach(d -> err.println(d.format()));
            err.flush();
            return ex instanceof CliFailure f ? f.exitCode() : ((RemoteFailure) ex).exitCode();
        }
        // Anything else is a bug in modelcards: say so plainly; the stack trace only on request.
        err.println("modelcards: internal error: " + ex + " (set MODELCARDS_DEBUG=1 for the stack trace, and please report it)");
        if (System.getenv("MODELCARDS_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }
}
