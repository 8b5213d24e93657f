package io.modelcards.edit;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.validate.Nearest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows a pointer through the card's type and its JSON tree at once: the type says which names and indices exist
 * (so an absent field is still a known one), the tree says how long lists are and what a free-form value holds.
 */
final class Walk {
    static final JavaType CARD = Shape.MAPPER.constructType(ModelCard.class);

    private Walk() {}

    /**
     * Where a pointer leads: the container holding the target (null when it is absent and nothing is being set), the
     * target's key or index (-1 for a member of an object), its type, and its pointer with "-" replaced by the index.
     */
    record Target(String pointer, String parentPointer, JsonNode parent, String key, int index, JavaType type) {
        void put(JsonNode value) {
            if (parent instanceof ArrayNode a) {
                if (index == a.size()) {
                    a.add(value);
                } else {
                    a.set(index, value);
                }
            } else {
                ((ObjectNode) parent).set(key, value);
            }
        }

        void remove() {
            if (parent instanceof ArrayNode a) {
                a.remove(index);
            } else if (parent instanceof ObjectNode o) {
                o.remove(key);
            }
        }
    }

    /**
     * Resolves {@code tokens} in {@code root}. When {@code forSet}, absent objects and lists on the way are created and
     * "-" (append) is allowed as the last token; otherwise the walk goes on through absent parts by type alone.
     */
    static Target resolve(ObjectNode root, List<String> tokens, boolean forSet) throws InvalidInputException {
        String given = Pointer.join("", tokens);
        JavaType type = CARD;
        JsonNode node = root;
        String at = "";
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            Shape shape = shapeHere(type, node);
            JavaType childType;
            int index = -1;
            switch (shape) {
                case RECORD -> {
                    childType = Shape.fields(type).get(token);
                    if (childType == null) {
                        throw unknownField(at, token, type, tokens.subList(i + 1, tokens.size()));
                    }
                }
                case MAP -> childType = Shape.content(type);
                case LIST -> {
                    index = index(at, token, node == null ? 0 : node.size(), last && forSet, given);
                    childType = Shape.content(type);
                }
                default -> throw Refusals.unknown(given, given + " is not a card field: " + at + " holds "
                        + (Shape.of(type) == Shape.ANY ? ValueCheck.found(node) : Shape.words(type))
                        + ", which has no parts: point at " + at + " itself");
            }
            String childAt = index >= 0 ? at + "/" + index : Pointer.child(at, token);
            if (last) {
                return new Target(childAt, at, node, token, index, childType);
            }
            JsonNode child = node == null ? null : index >= 0 ? node.get(index) : node.get(token);
            if ((child == null || child.isNull()) && forSet && Shape.of(childType).holdsParts()) {
                child = Shape.of(childType) == Shape.LIST ? Shape.MAPPER.createArrayNode() : Shape.MAPPER.createObjectNode();
                if (node instanceof ArrayNode a) {
                    a.set(index, child);
                } else {
                    ((ObjectNode) node).set(token, child);
                }
            }
            node = child == null || child.isNull() ? null : child;
            type = childType;
            at = childAt;
        }
        throw new IllegalStateException("an empty pointer reaches no field");
    }

    /** A free-form value is walked as what it holds: an object, a list, or (when absent) an object to be. */
    private static Shape shapeHere(JavaType type, JsonNode node) {
        Shape s = Shape.of(type);
        if (s != Shape.ANY) {
            return s;
        }
        if (node == null || node.isObject()) {
            return Shape.MAP;
        }
        return node.isArray() ? Shape.LIST : Shape.TEXT;
    }

    private static int index(String at, String token, int size, boolean appendAllowed, String given) throws InvalidInputException {
        if (token.equals("-")) {
            if (appendAllowed) {
                return size;
            }
            throw Refusals.unknown(given, given + " names no element: \"-\" only appends, as the last part of a pointer given to set;"
                    + " give the element's number");
        }
        int index = Pointer.index(token);
        if (index < 0) {
            throw Refusals.unknown(given, given + " is not a card field: " + at + " is a list, so give an element number"
                    + " (0, 1, …) or \"-\" to append");
        }
        if (index >= size) {
            String append = appendAllowed ? "use " + at + "/- to append" : "";
            throw Refusals.unknown(given, "there is no element " + index + " in " + at + (size == 0
                    ? ": it is empty" + (append.isEmpty() ? "" : "; " + append)
                    : " (it has " + (size == 1 ? "1 element" : size + " elements") + "): give a number below " + size
                            + (append.isEmpty() ? "" : ", or " + append)));
        }
        return index;
    }

    /** Refuses an unknown field of a record, suggesting the nearest field name or listing them all. */
    static InvalidInputException unknownField(String at, String token, JavaType record, List<String> rest) {
        Map<String, JavaType> fields = Shape.fields(record);
        String p = Pointer.join(Pointer.child(at, token), rest);
        String where = at.isEmpty() ? "the card" : at;
        Optional<String> near = Nearest.amongNames(token, fields.keySet());
        String hint = near.map(n -> "did you mean " + suggestion(at, n, fields.get(n), rest) + "?")
                .orElse("the fields of " + where + " are " + String.join(", ", fields.keySet()));
        return Refusals.unknown(p, p + " is not a card field: " + hint);
    }

    /** The corrected pointer: the rest of the given pointer is kept if it exists below the suggested field. */
    private static String suggestion(String at, String name, JavaType type, List<String> rest) {
        JavaType t = type;
        for (String token : rest) {
            Shape s = Shape.of(t);
            if (s == Shape.RECORD && Shape.fields(t).containsKey(token)) {
                t = Shape.fields(t).get(token);
            } else if (s == Shape.MAP || s == Shape.ANY || (s == Shape.LIST && (Pointer.index(token) >= 0 || token.equals("-")))) {
                t = Shape.content(t);
            } else {
                return Pointer.child(at, name);
            }
        }
        return Pointer.join(Pointer.child(at, name), rest);
    }
}
