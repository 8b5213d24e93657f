package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import io.modelcards.render.jinja.JinjaEngine;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the variable tables of {@code docs/templates.md} from the contexts of the fixture cards: each row's name and
 * description stay as a person wrote them; its type and example are computed. A variable no row names yet is added
 * to a last section with the description {@link #TODO}; a row whose name no context has is dropped.
 */
final class ContextDoc {
    /** The description of a variable nobody has described yet. */
    static final String TODO = "TODO: describe";
    /** A table row of the document: name, type, example, description. */
    static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.*?) \\| (.*?) \\| (.*) \\|$");
    /** The card that gives the examples where it has a value; the others are tried in name order. */
    private static final String FIRST = "classifier-sentiment";
    private static final int EXAMPLE_WIDTH = 60;
    private static final JinjaEngine ENGINE = JinjaEngine.create();
    /** Mappings whose keys are the card's data (hyperparameter names, front matter keys), not a fixed set. */
    private static final Set<String> OPEN = Set.of("metadata", "hyperparameters", "model-index", "widget", "facts");

    private final Map<String, List<Object>> values = new LinkedHashMap<>();
    private final Map<String, List<String>> cards = new LinkedHashMap<>();
    private final int cardCount;

    private ContextDoc(List<String> names) {
        cardCount = names.size();
        for (String name : names) {
            ModelCard card = Fixtures.card(name);
            Set<String> extra = card.metadata().extra().keySet();
            CardContext.of(card).forEach((k, v) -> {
                if (!extra.contains(k)) {
                    values.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                    cards.computeIfAbsent(k, x -> new ArrayList<>()).add(name);
                }
            });
        }
    }

    /** The contexts of every fixture card, {@link #FIRST} first. */
    static ContextDoc ofFixtures() {
        List<String> names = new ArrayList<>(List.of(FIRST));
        Fixtures.cardNames().stream().filter(n -> !n.equals(FIRST)).forEach(names::add);
        return new ContextDoc(names);
    }

    /** Every top-level name a context has, front matter keys outside huggingface_hub's named fields left out. */
    Set<String> names() {
        return values.keySet();
    }

    /** {@code doc} with every row's type and example computed, rows of gone names dropped, new names appended. */
    String regenerate(String doc) {
        StringBuilder out = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : doc.split("\n", -1)) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                out.append(line).append('\n');
            } else if (values.containsKey(m.group(1))) {
                seen.add(m.group(1));
                out.append(row(m.group(1), m.group(4))).append('\n');
            }
        }
        out.setLength(out.length() - 1);
        List<String> fresh = names().stream().filter(n -> !seen.contains(n)).toList();
        if (!fresh.isEmpty()) {
            out.append("\n## Not yet described\n\n| name | type | example | what it is |\n|---|---|---|---|\n");
            fresh.forEach(n -> out.append(row(n, TODO)).append('\n'));
        }
        return out.toString();
    }

    private String row(String name, String description) {
        return "| `" + name + "` | " + type(name) + " | " + example(name) + " | " + description + " |";
    }

    /** The type as a template writer reads it, merged over every card; "optional" when some card lacks the name. */
    String type(String name) {
        Shape shape = new Shape();
        values.get(name).forEach(shape::add);
        String t = shape.describe(OPEN.contains(name), "");
        return cards.get(name).size() < cardCount ? t + ", optional" : t;
    }

    /** What the values of one name look like: their kinds, and the keys or elements of mappings and lists. */
    private static final class Shape {
        private final Set<String> kinds = new LinkedHashSet<>();
        private final Set<String> keys = new LinkedHashSet<>();
        private Shape elements;

        void add(Object v) {
            if (v instanceof Map<?, ?> m) {
                kinds.add("mapping");
                m.keySet().forEach(k -> keys.add(String.valueOf(k)));
            } else if (v instanceof Collection<?> c) {
                kinds.add("list");
                if (elements == null) {
                    elements = new Shape();
                }
                c.forEach(elements::add);
            } else {
                kinds.add(v == null ? "none" : v instanceof String ? "string" : v instanceof Boolean ? "boolean"
                        : v instanceof Number ? "number" : v.getClass().getSimpleName());
            }
        }

        /** The kinds joined with "or"; a mapping's keys in braces when fixed and few; {@code plural} ends the nouns. */
        String describe(boolean open, String plural) {
            List<String> out = new ArrayList<>();
            for (String k : kinds) {
                if (k.equals("mapping")) {
                    out.add("mapping" + plural + (open || keys.isEmpty() || keys.size() > 10 ? "" : " {" + String.join(", ", keys) + "}"));
                } else if (k.equals("list")) {
                    out.add(elements == null || elements.kinds.isEmpty() ? "list" : "list of " + elements.describe(open, "s"));
                } else {
                    out.add(k + plural);
                }
            }
            return String.join(" or ", out);
        }
    }

    /** The first non-empty value, as the template prints it, on one line and cut to a table cell's width. */
    String example(String name) {
        List<Object> vs = values.get(name);
        for (int i = 0; i < vs.size(); i++) {
            Object v = vs.get(i);
            if (v != null && !v.equals("") && !(v instanceof Collection<?> c && c.isEmpty())
                    && !(v instanceof Map<?, ?> m && m.isEmpty())) {
                String card = cards.get(name).get(i);
                return code(printed(v)) + (card.equals(FIRST) ? "" : " (" + card + ")");
            }
        }
        return "(empty in every fixture card)";
    }

    private static String printed(Object v) {
        String s = ENGINE.render("example", "{{ v }}", Map.of("v", v), RenderOptions.DEFAULT).output().replace("\n", "↵");
        return s.codePointCount(0, s.length()) <= EXAMPLE_WIDTH ? s : s.substring(0, s.offsetByCodePoints(0, EXAMPLE_WIDTH)) + "…";
    }

    private static String code(String s) {
        String text = s.replace("|", "\\|");
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }
}
