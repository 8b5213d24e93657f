package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.codec.CardMappers;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The card values CycloneDX has no field for, as {@code properties[]} entries named by their card JSON Pointer, so
 * that the import restores them exactly: a text value is written as it is under {@code modelcards:<pointer>}, any
 * other value (number, boolean, null, list, empty object) as JSON under {@code modelcards:json:<pointer>}.
 */
final class Leftovers {
    /** The prefix of every property this tool writes. */
    static final String PREFIX = "modelcards:";
    /** The prefix of a property whose value is JSON text. */
    static final String JSON = PREFIX + "json:";

    /** The card lists whose items are carried in part by CycloneDX fields, so that their leftovers are per item. */
    static final Set<String> LISTS = Set.of("/datasets", "/evaluation/quantitative");

    private Leftovers() {}

    /** One {@code properties[]} entry. */
    record Property(String name, String value) {}

    /**
     * Every leaf of {@code tree} below {@code base} (a card pointer) whose pointer is not in {@code taken}, in document
     * order; objects are entered so that each map entry (a hyperparameter, a custom field) is its own property.
     */
    static List<Property> of(JsonNode tree, String base, Set<String> taken) {
        List<Property> out = new ArrayList<>();
        walk(tree, base, taken, out);
        return out;
    }

    private static void walk(JsonNode node, String pointer, Set<String> taken, List<Property> out) {
        if (taken.contains(pointer)) {
            return;
        }
        if (node.isObject() && !node.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), pointer + "/" + escape(e.getKey()), taken, out);
            }
        } else if (node.isArray() && LISTS.contains(pointer)) {
            // A list whose items CycloneDX carries in part (the metrics): each item's other values are properties.
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, taken, out);
            }
        } else if (node.isTextual()) {
            out.add(new Property(PREFIX + pointer, node.textValue()));
        } else {
            out.add(new Property(JSON + pointer, compact(node)));
        }
    }

    /** The card pointer a property restores, or null when {@code name} is not a card pointer property. */
    static String pointerOf(String name) {
        String rest = name.startsWith(JSON) ? name.substring(JSON.length())
                : name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : null;
        return rest != null && rest.startsWith("/") ? rest : null;
    }

    /**
     * Puts {@code value} at {@code pointer} in {@code root}, creating the objects on the way; an {@link
     * IllegalArgumentException} when the pointer names an item of a list that is neither there nor the next one.
     */
    static void put(ObjectNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/", -1);
        ObjectNode at = root;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String key = unescape(parts[i]);
            path.append('/').append(parts[i]);
            if (LISTS.contains(path.toString())) {
                ArrayNode list = at.get(key) instanceof ArrayNode a ? a : at.putArray(key);
                int index = index(parts[++i], list.size(), path);
                if (index == list.size()) {
                    list.addObject();
                }
                path.append('/').append(parts[i]);
                if (i == parts.length - 1) {
                    list.set(index, value);
                    return;
                }
                at = (ObjectNode) list.get(index);
                continue;
            }
            JsonNode next = at.get(key);
            if (!(next instanceof ObjectNode)) {
                next = at.putObject(key);
            }
            at = (ObjectNode) next;
        }
        at.set(unescape(parts[parts.length - 1]), value);
    }

    /** The list index a pointer segment names: an item that exists, or the next one. */
    private static int index(String segment, int size, CharSequence list) {
        if (segment.matches("[0-9]{1,9}") && Integer.parseInt(segment) <= size) {
            return Integer.parseInt(segment);
        }
        throw new IllegalArgumentException("\"" + segment + "\" is not an item of " + list + " (it has " + size + ")");
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static String compact(JsonNode node) {
        try {
            return CardMappers.json().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String part) {
        return part.replace("~1", "/").replace("~0", "~");
    }
}
