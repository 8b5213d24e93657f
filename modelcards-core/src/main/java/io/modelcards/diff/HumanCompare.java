package io.modelcards.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Section;
import io.modelcards.codec.CardMappers;
import io.modelcards.hf.HumanFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the fields people write ({@link HumanFields}), unless both cards say a run captured the value, and the
 * sections that map to no field, matched by heading. The
 * model's name and version (shown as the diff's identity), the licence (a front-matter key) and governance (its own
 * part) are left to the other parts.
 */
final class HumanCompare {
    private static final String SECTIONS = "/sections";
    private static final Set<String> ELSEWHERE = Set.of("/details/name", "/details/version");

    private HumanCompare() {}

    static List<TextChange> compare(ModelCard old, ModelCard now) {
        JsonNode a = CardMappers.json().valueToTree(old);
        JsonNode b = CardMappers.json().valueToTree(now);
        List<TextChange> out = new ArrayList<>();
        for (String p : HumanFields.pointers()) {
            if (p.equals(SECTIONS) || p.startsWith("/metadata/") || p.startsWith("/governance/") || ELSEWHERE.contains(p)
                    || captured(old, p) && captured(now, p)) {
                continue;
            }
            text(p, label(p), FieldText.of(a.at(p)), FieldText.of(b.at(p))).ifPresent(out::add);
        }
        Map<String, Integer> was = headings(old.sections());
        Map<String, Integer> is = headings(now.sections());
        Set<String> all = new LinkedHashSet<>(was.keySet());
        all.addAll(is.keySet());
        for (String h : all) {
            Integer i = is.get(h);
            Integer j = was.get(h);
            String pointer = SECTIONS + "/" + (i != null ? i : j);
            text(pointer, h, j == null ? null : old.sections().get(j).body(), i == null ? null : now.sections().get(i).body())
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The change of one text field, with its word diff; empty text counts as none, and so does a change of whitespace only. */
    static Optional<TextChange> text(String pointer, String label, String was, String is) {
        String old = was == null || was.isEmpty() ? null : was;
        String now = is == null || is.isEmpty() ? null : is;
        List<WordEdit> words = WordDiff.of(old, now);
        if (words.stream().allMatch(w -> w.op() == WordEdit.Op.SAME)) {
            return Optional.empty(); // the same words, re-wrapped or re-spaced: nothing a reader would call a change
        }
        return Change.of(old, now).map(c -> new TextChange(pointer, label, c, words));
    }

    /**
     * Whether the card says its value at {@code pointer} was captured: a field a README can hold that a run filled
     * (the demo's usage example) is no person's text. A field of unknown origin counts as a person's.
     */
    private static boolean captured(ModelCard card, String pointer) {
        return card.provenance().originOf(pointer) instanceof Origin.Auto;
    }

    /** {@code /uses/out_of_scope_use} → "Out of scope use". */
    static String label(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace('_', ' ');
        return last.isEmpty() ? pointer : last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
    }

    private static Map<String, Integer> headings(List<Section> sections) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            out.putIfAbsent(sections.get(i).heading(), i);
        }
        return out;
    }
}
