package io.modelcards.merge;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardMappers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a merge decides one by one, and pointer reads and writes on a card's JSON tree.
 *
 * <p>A field is a part of the card that one side supplies whole: each field of a top-level part ({@code /details/version},
 * {@code /training/hyperparameters}), each front-matter key ({@code /metadata/license}) and each extra front-matter key
 * ({@code /metadata/extra/co2_eq_emissions}), and the lists {@code /datasets} and {@code /sections} as wholes. Every
 * field a person writes in a README's sections is such a field, so a person's text is never split.
 */
final class Fields {
    /** Top-level members that are not card content: the merge computes them. */
    private static final JsonNode EMPTY = CardMappers.json().valueToTree(ModelCard.empty());
    private static final Set<String> COMPUTED = Set.of("schema_version", "provenance", "source");

    private Fields() {}

    /** The fields either tree has, in the order of {@code first}'s JSON form, then those only {@code second} has. */
    static List<String> of(ObjectNode first, ObjectNode second) {
        Set<String> out = new LinkedHashSet<>();
        for (String top : names(first, second)) {
            if (COMPUTED.contains(top)) {
                continue;
            }
            JsonNode a = first.path(top);
            JsonNode b = second.path(top);
            if (!a.isObject() && !b.isObject()) {
                out.add(child("", top));
                continue;
            }
            for (String key : names(a, b)) {
                if (top.equals("metadata") && key.equals("extra")) {
                    for (String extra : names(a.path(key), b.path(key))) {
                        out.add(child("/metadata/extra", extra));
                    }
                } else {
                    out.add(child(child("", top), key));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The field {@code pointer} is in: itself, or the field it is a part of. */
    static String fieldOf(String pointer) {
        List<String> t = tokens(pointer);
        int n = t.isEmpty() ? 0 : t.get(0).equals("datasets") || t.get(0).equals("sections") ? 1
                : t.size() > 1 && t.get(0).equals("metadata") && t.get(1).equals("extra") ? 3 : 2;
        String out = "";
        for (int i = 0; i < Math.min(n, t.size()); i++) {
            out = child(out, t.get(i));
        }
        return out;
    }

    /** Whether a value says something: not missing, not null, not an empty list or object. */
    static boolean present(JsonNode v) {
        return v != null && !v.isMissingNode() && !v.isNull() && !(v.isContainerNode() && v.isEmpty());
    }

    /**
     * Whether a capture says something at {@code pointer}: a value that is present and not what an empty card holds
     * there (the risk rating {@code unknown} is the empty card's, not a capture's judgement).
     */
    static boolean captured(JsonNode v, String pointer) {
        return present(v) && !v.equals(get(EMPTY, pointer));
    }

    /** The value at {@code pointer}, or a missing node. */
    static JsonNode get(JsonNode root, String pointer) {
        return root.at(JsonPointer.compile(pointer));
    }

    /**
     * Puts {@code value} at {@code pointer}, creating absent objects on the way; an index one past a list's end
     * appends. Returns false, changing nothing, when the place does not exist (a list element beyond the end, or a
     * value that is not an object or list on the way).
     */
    static boolean put(ObjectNode root, String pointer, JsonNode value) {
        List<String> t = tokens(pointer);
        JsonNode at = root;
        for (int i = 0; i < t.size() - 1; i++) {
            JsonNode next = at.isObject() ? at.get(t.get(i)) : at.isArray() ? at.get(index(t.get(i))) : null;
            if (next == null && at instanceof ObjectNode o) {
                next = o.putObject(t.get(i));
            }
            if (next == null || !next.isContainerNode()) {
                return false;
            }
            at = next;
        }
        String last = t.get(t.size() - 1);
        if (at instanceof ObjectNode o) {
            o.set(last, value);
            return true;
        }
        if (at instanceof ArrayNode a) {
            int i = index(last);
            if (i >= 0 && i < a.size()) {
                a.set(i, value);
                return true;
            }
            if (i == a.size()) {
                a.add(value);
                return true;
            }
        }
        return false;
    }

    /** Removes the value at {@code pointer} (a list element moves the later ones down); nothing when it is absent. */
    static void remove(ObjectNode root, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a && index(last) >= 0 && index(last) < a.size()) {
            a.remove(index(last));
        }
    }

    /** {@code parent} extended by one key, escaped as RFC 6901 says. */
    static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The unescaped keys of {@code pointer}. */
    static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The list index a key names, or -1. */
    static int index(String key) {
        return key.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(key) : -1;
    }

    /** The member names of two objects: those of {@code a} in order, then those only {@code b} has. */
    private static Set<String> names(JsonNode a, JsonNode b) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : List.of(a, b)) {
            if (n.isObject()) {
                for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                    out.add(it.next());
                }
            }
        }
        return out;
    }
}
