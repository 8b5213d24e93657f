package io.modelcards.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a registry's RFC 7807 problem JSON into diagnostics. Each listed problem becomes one; a problem with a line
 * and column is placed in the file the caller sent (so an upload's mistakes point into the local README.md), any
 * other in the request's subject, with its JSON Pointer when it names a field.
 */
final class Problems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** The diagnostics of a failed response with {@code status} and {@code body}; {@code sent} names the uploaded file or is null. */
    static List<Diagnostic> of(int status, String body, String subject, String sent) {
        JsonNode problem = parse(body);
        List<Diagnostic> out = new ArrayList<>();
        if (problem != null) {
            for (JsonNode p : problem.path("problems")) {
                out.add(one(p, subject, sent));
            }
            if (out.isEmpty()) {
                out.add(one(problem, subject, sent));
            }
        } else {
            out.add(Diagnostic.error(subject, 0, 0, "remote/http-" + status, "the registry answered HTTP " + status
                    + (body.isBlank() ? "" : ": " + firstLine(body))));
        }
        return out;
    }

    private static Diagnostic one(JsonNode p, String subject, String sent) {
        String code = text(p, "code", "remote/refused");
        String message = text(p, "message", text(p, "detail", text(p, "title", "refused")));
        int line = p.path("line").asInt(0);
        int column = p.path("column").asInt(0);
        String pointer = p.hasNonNull("pointer") ? p.get("pointer").asText() : null;
        String file = line > 0 && sent != null ? sent : subject;
        if (pointer != null && line == 0 && !message.contains(pointer)) {
            message = pointer + ": " + message;
        }
        return new Diagnostic(Severity.ERROR, file, line, column, code, message, pointer);
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? otherwise : v.asText();
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(String body) {
        String s = body.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
