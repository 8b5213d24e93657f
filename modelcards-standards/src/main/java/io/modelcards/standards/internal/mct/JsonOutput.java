package io.modelcards.standards.internal.mct;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.codec.CardMappers;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Builds export documents: text members only when there is text, empty parts pruned, written as the card codec writes. */
public final class JsonOutput {
    private JsonOutput() {}

    /** Whether {@code s} holds text worth writing. */
    public static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    /** Sets {@code name} to {@code value} when there is a value. */
    public static void putText(ObjectNode o, String name, String value) {
        if (present(value)) {
            o.put(name, value);
        }
    }

    /** Removes, depth first, every empty object and empty list under {@code node}. */
    public static void prune(JsonNode node) {
        if (node.isObject()) {
            List<String> empty = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode child = node.get(name);
                prune(child);
                if (child.isContainerNode() && child.isEmpty()) {
                    empty.add(name);
                }
            }
            ((ObjectNode) node).remove(empty);
        } else if (node.isArray()) {
            node.forEach(JsonOutput::prune);
        }
    }

    /** The document as pretty-printed JSON ending with a newline, in the card codec's layout. */
    public static String write(JsonNode doc) {
        try {
            return CardMappers.json().writer(CardMappers.prettyPrinter()).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as compact JSON, without a newline. */
    public static String compact(JsonNode doc) {
        try {
            return CardMappers.json().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
