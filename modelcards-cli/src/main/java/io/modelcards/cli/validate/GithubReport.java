package io.modelcards.cli.validate;

import io.modelcards.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * The report for a GitHub Actions log: one workflow command per problem ({@code ::error file=F,line=L,col=C,
 * title=CODE::MESSAGE}), which GitHub shows as an annotation on the file, then the text summary lines.
 *
 * <p>Values are escaped as the runner's command parser expects: {@code %}, CR and LF everywhere, and also {@code :} and
 * {@code ,} inside properties, so a message or path cannot end the command early or forge another property.
 */
final class GithubReport {
    private GithubReport() {}

    static void write(List<FileReport> reports, PrintWriter out) {
        for (FileReport r : reports) {
            r.problems().forEach(d -> out.println(command(d)));
        }
        for (FileReport r : reports) {
            out.println(TextReport.summary(r));
        }
    }

    /** The workflow command of one problem. */
    static String command(Diagnostic d) {
        String kind = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
        StringBuilder b = new StringBuilder("::").append(kind).append(" file=").append(property(d.file()));
        if (d.line() > 0) {
            b.append(",line=").append(d.line()).append(",col=").append(Math.max(d.column(), 1));
        }
        if (d.code() != null) {
            b.append(",title=").append(property(d.code()));
        }
        return b.append("::").append(data(d.message())).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
