package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hyperparameters as bullet lists: the transformers Trainer's {@code - learning_rate: 2e-05} under "The following
 * hyperparameters were used during training:", and sentence-transformers' {@code - `learning_rate`: 2e-05} under
 * "#### Non-Default Hyperparameters" and "#### All Hyperparameters" (the latter inside {@code <details>}). Values are
 * typed as Python printed them: numbers as numbers, True/False as booleans, anything else as text.
 */
final class HyperparameterList implements HubCodec {
    static final HyperparameterList INSTANCE = new HyperparameterList();
    static final String INTRO = "The following hyperparameters were used during training:";
    private static final Pattern BULLET = Pattern.compile("^- (?:`([^`]+)`|([^`:\\s][^`:]*?)):(?: (.*))?$");
    private static final String ALL = "all";
    private static final String NON_DEFAULT = "non-default";

    private HyperparameterList() {}

    /** One parsed line: a sub-heading switching the list, a bullet, or layout. */
    private record Line(String list, String name, String value, boolean backticks) {}

    @Override
    public List<String> fields() {
        return List.of(HubFields.HP_ALL, HubFields.HP_NON_DEFAULT);
    }

    @Override
    public Map<String, Object> read(String heading, String body) {
        List<Line> parsed = parse(HubValues.lines(body));
        if (parsed == null) {
            return null;
        }
        Map<String, Object> all = new LinkedHashMap<>();
        Map<String, Object> nonDefault = new LinkedHashMap<>();
        for (Line l : parsed) {
            if (l != null && l.name() != null) {
                (l.list().equals(ALL) ? all : nonDefault).putIfAbsent(l.name(), HubValues.typed(l.value()));
            }
        }
        if (all.isEmpty()) {
            all.putAll(nonDefault);
        }
        Map<String, Object> v = new HashMap<>();
        v.put(HubFields.HP_ALL, all.isEmpty() ? null : all);
        v.put(HubFields.HP_NON_DEFAULT, nonDefault.isEmpty() ? null : List.copyOf(nonDefault.keySet()));
        return v;
    }

    /** Each line parsed (null for layout lines), or null when a line is neither layout nor a bullet. */
    private static List<Line> parse(List<String> lines) {
        List<Line> out = new ArrayList<>();
        String list = ALL;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("#### ")) {
                String h = HubValues.normal(t.substring(5));
                if (!h.equals("non-default hyperparameters") && !h.equals("all hyperparameters")) {
                    return null;
                }
                list = h.startsWith("all") ? ALL : NON_DEFAULT;
                out.add(new Line(list, null, null, false));
                continue;
            }
            Matcher m = BULLET.matcher(line.stripTrailing());
            if (m.matches()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2).strip();
                out.add(new Line(list, name, m.group(3) == null ? "" : m.group(3).strip(), m.group(1) != null));
            } else if (t.isEmpty() || t.equals(INTRO) || t.startsWith("<details>") || t.equals("</details>")) {
                out.add(null);
            } else {
                return null;
            }
        }
        return out;
    }

    @Override
    public String write(String body, ModelCard card, String le, boolean last) {
        List<String> lines = HubValues.lines(body);
        List<Line> parsed = parse(lines);
        Map<String, Object> all = card.training().hyperparameters().all();
        List<String> nonDefault = card.training().hyperparameters().nonDefault();
        boolean backticks = parsed.stream().anyMatch(l -> l != null && l.name() == null)
                || parsed.stream().anyMatch(l -> l != null && l.backticks());
        Map<String, String> original = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = parsed.get(i);
            if (l != null && l.name() != null) {
                original.putIfAbsent(l.list() + "\u0000" + l.name(), lines.get(i));
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = parsed.get(i);
            if (l == null || l.name() == null) {
                out.add(lines.get(i));
            } else if (written.add(l.list())) {
                out.addAll(bullets(l.list().equals(ALL) ? List.copyOf(all.keySet()) : nonDefault, l.list(), all, original, backticks));
            }
        }
        if (!written.contains(ALL) && parsed.stream().noneMatch(l -> l != null && l.name() == null) && !all.isEmpty()) {
            int end = out.size();
            while (end > 0 && out.get(end - 1).isBlank()) {
                end--;
            }
            List<String> added = new ArrayList<>();
            if (end == 0) { // an empty section gets the Trainer's sentence before its list
                added.add("");
                added.add(INTRO);
            }
            added.addAll(bullets(List.copyOf(all.keySet()), ALL, all, original, backticks));
            out.addAll(end, added);
        }
        return String.join(le, out);
    }

    private static List<String> bullets(List<String> names, String list, Map<String, Object> all, Map<String, String> original,
                                        boolean backticks) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Object value = all.get(name);
            String was = original.get(list + "\u0000" + name);
            Matcher m = was == null ? null : BULLET.matcher(was.stripTrailing());
            if (m != null && m.matches() && HubValues.same(HubValues.typed(m.group(3) == null ? "" : m.group(3).strip()), value)) {
                out.add(was);
            } else {
                out.add("- " + (backticks ? "`" + name + "`" : name) + ": " + HubValues.text(value));
            }
        }
        return out;
    }
}
