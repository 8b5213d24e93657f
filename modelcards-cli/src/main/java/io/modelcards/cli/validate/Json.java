package io.modelcards.cli.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The JSON both machine formats are built from, written indented with a final newline. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A problem as JSON: severity, line and column (when known), code, message and the card field's pointer. */
    static ObjectNode problem(Diagnostic d) {
        ObjectNode n = object();
        n.put("severity", d.severity().word());
        if (d.line() > 0) {
            n.put("line", d.line());
            n.put("column", d.column());
        }
        n.put("code", d.code());
        n.put("message", d.message());
        if (d.pointer() != null) {
            n.put("pointer", d.pointer());
        }
        return n;
    }

    static void print(JsonNode doc, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
