package io.modelcards.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** JSON values for field edits in tests. */
final class Json {
    private Json() {}

    static JsonNode text(String s) {
        return JsonNodeFactory.instance.textNode(s);
    }

    static JsonNode number(double d) {
        return JsonNodeFactory.instance.numberNode(d);
    }
}
