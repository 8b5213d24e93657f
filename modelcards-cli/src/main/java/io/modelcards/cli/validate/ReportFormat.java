package io.modelcards.cli.validate;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code validate} reports: for a person, for a program, for code scanning, or for a GitHub workflow log. */
public enum ReportFormat {
    /** Problems on stderr as {@code path:line:col: severity: message [code]}, a summary line per file on stdout. */
    TEXT,
    /** One JSON document on stdout: every file with its problems, suppressed ones marked. */
    JSON,
    /** A SARIF 2.1.0 log on stdout, which code-scanning tools (GitHub, GitLab, Azure DevOps) upload. */
    SARIF,
    /** GitHub workflow commands on stdout ({@code ::error file=...::message}), shown as annotations on the change. */
    GITHUB;

    /** The format named {@code name}; throws {@link IllegalArgumentException} naming the choices. */
    public static ReportFormat parse(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown --format '" + name + "': expected one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** Writes {@code reports} in this format; {@code version} is modelcards' own, for the SARIF tool record. */
    public void write(List<FileReport> reports, String version, PrintWriter out, PrintWriter err) {
        switch (this) {
            case TEXT -> TextReport.write(reports, out, err);
            case JSON -> JsonReport.write(reports, out);
            case SARIF -> SarifReport.write(reports, version, out);
            case GITHUB -> GithubReport.write(reports, out);
            default -> throw new IllegalStateException(name());
        }
        out.flush();
        err.flush();
    }
}
