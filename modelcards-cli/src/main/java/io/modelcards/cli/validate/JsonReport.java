package io.modelcards.cli.validate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * The report for a program: {@code {"ok", "errors", "warnings", "suppressed", "files": [{"file", "ok", "completeness",
 * "problems": [...], "suppressed": [...]}]}}, every count after suppression.
 */
final class JsonReport {
    private JsonReport() {}

    static void write(List<FileReport> reports, PrintWriter out) {
        ObjectNode root = Json.object();
        root.put("ok", reports.stream().noneMatch(FileReport::failed));
        root.put("errors", reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum());
        root.put("warnings", reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum());
        root.put("suppressed", reports.stream().mapToLong(r -> r.suppressed().size()).sum());
        ArrayNode files = root.putArray("files");
        for (FileReport r : reports) {
            ObjectNode f = files.addObject();
            f.put("file", r.file());
            f.put("ok", !r.failed());
            if (r.completeness() != null) {
                f.put("completeness", r.completeness());
            }
            ArrayNode problems = f.putArray("problems");
            r.problems().forEach(d -> problems.add(Json.problem(d)));
            ArrayNode suppressed = f.putArray("suppressed");
            for (FileReport.Suppressed s : r.suppressed()) {
                ObjectNode n = Json.problem(s.problem());
                n.put("suppressed_by", s.by().inSource() ? "card" : "command line");
                if (s.by().justification() != null) {
                    n.put("reason", s.by().justification());
                }
                suppressed.add(n);
            }
        }
        Json.print(root, out);
    }
}
