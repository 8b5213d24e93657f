package io.modelcards.standards.internal.mct;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.standards.MappingRow;
import io.modelcards.standards.Omission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every value of a card that a format's mapping does not carry, so that an exporter cannot drop one silently:
 * it walks the card's JSON form and reports each non-empty value that no carried row ({@code formatField} set) names,
 * with the note of the most specific uncarried row that covers it.
 */
public final class Uncarried {
    /** Card parts that are about the card file itself, not its content; no format carries them and none needs to. */
    private static final Set<String> NOT_CONTENT = Set.of("/schema_version", "/provenance", "/source");

    private final List<MappingRow> rows;
    private final Set<String> falseIsEmpty;
    private final String fallback;

    /**
     * @param rows         the format's mapping
     * @param falseIsEmpty patterns of flags whose {@code false} is their default and says nothing (a metric not primary)
     * @param fallback     the reason given where no uncarried row covers a value
     */
    public Uncarried(List<MappingRow> rows, Set<String> falseIsEmpty, String fallback) {
        this.rows = List.copyOf(rows);
        this.falseIsEmpty = Set.copyOf(falseIsEmpty);
        this.fallback = fallback;
    }

    /** The card's JSON form, as the card codec writes it. */
    public static JsonNode tree(ModelCard card) {
        try {
            return CardMappers.json().readTree(CardCodec.toJson(card));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every value of {@code card} the mapping does not carry, in card order. */
    public List<Omission> find(JsonNode card) {
        List<Omission> out = new ArrayList<>();
        walk(card, "", out);
        return out;
    }

    /**
     * {@code found} and {@code extra} (values carried only in part) together, in card order: each omission is placed
     * where its pointer, or its nearest ancestor, comes in the card.
     */
    public static List<Omission> inCardOrder(JsonNode card, List<Omission> found, List<Omission> extra) {
        Map<String, Integer> order = new HashMap<>();
        index(card, "", order);
        List<Omission> all = new ArrayList<>(found);
        all.addAll(extra);
        all.sort(Comparator.comparingInt(o -> position(o.pointer(), order)));
        return all;
    }

    private static int position(String pointer, Map<String, Integer> order) {
        String p = pointer;
        while (!order.containsKey(p) && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return order.getOrDefault(p, 0);
    }

    private static void index(JsonNode node, String pointer, Map<String, Integer> order) {
        order.put(pointer, order.size());
        if (node.isObject()) {
            node.properties().forEach(e -> index(e.getValue(), Pointers.child(pointer, e.getKey()), order));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                index(node.get(i), Pointers.child(pointer, i), order);
            }
        }
    }

    private void walk(JsonNode node, String pointer, List<Omission> out) {
        if (isEmpty(node, pointer) || NOT_CONTENT.contains(pointer)) {
            return;
        }
        if (rows.stream().anyMatch(r -> r.formatField() != null && Pointers.matches(r.cardField(), pointer))) {
            return;
        }
        boolean inside = rows.stream().anyMatch(r -> r.formatField() != null && Pointers.descendsInto(r.cardField(), pointer));
        if (inside && (node.isObject() || node.isArray())) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    walk(e.getValue(), Pointers.child(pointer, e.getKey()), out);
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), Pointers.child(pointer, i), out);
                }
            }
            return;
        }
        out.add(new Omission(pointer, reason(pointer)));
    }

    private String reason(String pointer) {
        return rows.stream().filter(r -> r.formatField() == null && Pointers.covers(r.cardField(), pointer))
                .max(Comparator.comparingInt(r -> Pointers.segments(r.cardField()).size()))
                .map(MappingRow::note).orElse(fallback);
    }

    private boolean isEmpty(JsonNode node, String pointer) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return true;
        }
        if (node.isBoolean() && !node.booleanValue()) {
            return falseIsEmpty.stream().anyMatch(p -> Pointers.matches(p, pointer));
        }
        if (node.isTextual()) {
            // The card writes an unrated risk as "unknown": the default, which says nothing to carry.
            return node.textValue().isEmpty() || (pointer.equals("/governance/risk") && node.textValue().equals("unknown"));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!isEmpty(e.getValue(), Pointers.child(pointer, e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return node.isArray() && node.isEmpty();
    }
}
