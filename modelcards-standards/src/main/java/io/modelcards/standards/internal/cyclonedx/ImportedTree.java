package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.modelcards.card.SchemaVersion;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The card being read, as its JSON tree, with the BOM location each value came from, so that a value the card
 * refuses is reported where it is in the BOM.
 */
final class ImportedTree {
    private final ObjectNode card = Leftovers.object();
    private final Map<String, String> from = new LinkedHashMap<>();
    private final BomText bom;

    ImportedTree(BomText bom) {
        this.bom = bom;
    }

    void text(String pointer, String value, String bomPointer) throws InvalidInputException {
        if (value != null) {
            set(pointer, TextNode.valueOf(value), bomPointer);
        }
    }

    void number(String pointer, Double value, String bomPointer) throws InvalidInputException {
        if (value != null) {
            set(pointer, CardMappers.json().getNodeFactory().numberNode(value), bomPointer);
        }
    }

    void set(String pointer, JsonNode value, String bomPointer) throws InvalidInputException {
        try {
            Leftovers.put(card, pointer, value);
        } catch (IllegalArgumentException e) {
            throw bom.problem(bomPointer, "property", "no card field " + pointer + ": " + e.getMessage());
        }
        from.put(pointer, bomPointer);
    }

    /** Applies each {@code modelcards:} pointer property of {@code properties} (at {@code at} in the BOM). */
    void properties(JsonNode properties, String at) throws InvalidInputException {
        for (int i = 0; i < properties.size(); i++) {
            JsonNode p = properties.get(i);
            String here = at + "/" + i;
            String name = bom.text(p, here, "name");
            String pointer = name == null ? null : Leftovers.pointerOf(name);
            if (pointer == null) {
                continue;
            }
            String value = bom.text(p, here, "value");
            if (name.startsWith(Leftovers.JSON)) {
                try {
                    set(pointer, CardMappers.json().readTree(value == null ? "null" : value), here + "/value");
                } catch (IOException e) {
                    throw bom.problem(here + "/value", "property", "property " + name + ": the value is not JSON: write it as "
                            + "JSON text, or name the property " + Leftovers.PREFIX + pointer + " for a plain text");
                }
            } else {
                set(pointer, value == null ? null : TextNode.valueOf(value), here + "/value");
            }
        }
    }

    /** Where in the BOM the card value at {@code pointer} (or the nearest value above it) came from. */
    String bomPointerOf(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            String hit = from.get(p);
            if (hit != null) {
                return hit;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return "";
    }

    /** The tree with every value marked as imported, ready to bind as a card. */
    ObjectNode finish(String source) {
        ObjectNode origins = card.putObject("provenance").putObject("origins");
        from.keySet().stream().filter(p -> !p.equals("/schema_version"))
                .forEach(p -> origins.putObject(p).put("kind", "auto").put("source", source));
        if (!card.has("schema_version")) {
            card.put("schema_version", SchemaVersion.CURRENT);
        }
        return card;
    }
}
