package io.modelcards.cli.validate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for code scanning: a SARIF 2.1.0 log with one run of the {@code modelcards} tool.
 *
 * <p>Each rule id met becomes a rule of the tool, in order of first appearance. A suppressed problem stays in the log
 * with a {@code suppressions} entry ({@code inSource} when the card switched it off, {@code external} for the command
 * line), so code scanning shows it as dismissed rather than losing it. A problem whose line is not known has no region.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    static void write(List<FileReport> reports, String version, PrintWriter out) {
        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "modelcards");
        driver.put("version", version);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode results = run.putArray("results");
        for (FileReport r : reports) {
            r.problems().forEach(d -> results.add(result(d, rules, ruleIndex)));
            for (FileReport.Suppressed s : r.suppressed()) {
                ObjectNode result = result(s.problem(), rules, ruleIndex);
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", s.by().inSource() ? "inSource" : "external");
                if (s.by().justification() != null) {
                    suppression.put("justification", s.by().justification());
                }
                results.add(result);
            }
        }
        Json.print(log, out);
    }

    private static ObjectNode result(Diagnostic d, ArrayNode rules, Map<String, Integer> ruleIndex) {
        ObjectNode result = Json.object();
        if (d.code() != null) {
            int index = ruleIndex.computeIfAbsent(d.code(), code -> {
                rules.addObject().put("id", code);
                return rules.size() - 1;
            });
            result.put("ruleId", d.code());
            result.put("ruleIndex", index);
        }
        result.put("level", switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        });
        result.putObject("message").put("text", d.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(d.file()));
        if (d.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", d.line());
            region.put("startColumn", Math.max(d.column(), 1));
        }
        if (d.pointer() != null) {
            result.putObject("properties").put("pointer", d.pointer());
        }
        return result;
    }

    /** A URI reference for the file: relative paths stay relative (to the checkout root, as code scanning wants). */
    static String uri(String file) {
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            return p.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(file, e);
        }
    }
}
