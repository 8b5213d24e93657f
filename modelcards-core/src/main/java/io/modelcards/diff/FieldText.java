package io.modelcards.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A field of the card's JSON form as text to compare: text as it is, a list one element per line, an object as
 * {@code key: value} pairs separated by "; " (an owner, a risk with its mitigation, a citation).
 */
final class FieldText {
    private FieldText() {}

    /** The text of {@code node}, or null when it is missing, null or empty. */
    static String of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String s = text(node);
        return s.isEmpty() ? null : s;
    }

    private static String text(JsonNode node) {
        if (node.isArray()) {
            List<String> lines = new ArrayList<>();
            node.forEach(e -> lines.add(text(e)));
            return String.join("\n", lines);
        }
        if (node.isObject()) {
            List<String> pairs = new ArrayList<>();
            node.properties().forEach(e -> pairs.add(e.getKey() + ": " + text(e.getValue())));
            return String.join("; ", pairs);
        }
        return node.asText();
    }
}
