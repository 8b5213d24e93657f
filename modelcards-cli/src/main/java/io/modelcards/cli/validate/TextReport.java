package io.modelcards.cli.validate;

import io.modelcards.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.List;

/** The report for a person: problems on stderr, one summary line per file on stdout. */
final class TextReport {
    private TextReport() {}

    static void write(List<FileReport> reports, PrintWriter out, PrintWriter err) {
        for (FileReport r : reports) {
            r.problems().forEach(d -> err.println(d.format()));
            out.println(summary(r));
        }
    }

    /** {@code path: ok}, or the counts: {@code path: 2 errors, 1 warning, 1 suppressed, completeness 80/100}. */
    static String summary(FileReport r) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        return r.file() + ": " + (errors == 0 ? "ok" : plural(errors, "error"))
                + (warnings == 0 ? "" : ", " + plural(warnings, "warning"))
                + (r.suppressed().isEmpty() ? "" : ", " + r.suppressed().size() + " suppressed")
                + (r.completeness() == null ? "" : ", completeness " + r.completeness() + "/100");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
