package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Framework versions as a bullet list, into the training environment's libraries: the transformers Trainer's
 * {@code - Transformers 4.44.2} and sentence-transformers' {@code - Python: 3.11.9}. Names are kept as written.
 */
final class FrameworkVersions implements HubCodec {
    static final FrameworkVersions INSTANCE = new FrameworkVersions();
    private static final Pattern COLON = Pattern.compile("^- (.+?): (\\S.*)$");
    private static final Pattern SPACE = Pattern.compile("^- (.+) (\\S+)$");

    private FrameworkVersions() {}

    @Override
    public List<String> fields() {
        return List.of(HubFields.LIBRARIES);
    }

    @Override
    public Map<String, Object> read(String heading, String body) {
        Map<String, String> libraries = new LinkedHashMap<>();
        for (String line : HubValues.lines(body)) {
            if (line.isBlank()) {
                continue;
            }
            String[] nv = bullet(line.stripTrailing());
            if (nv == null) {
                return null;
            }
            libraries.putIfAbsent(nv[0], nv[1]);
        }
        Map<String, Object> v = new HashMap<>();
        v.put(HubFields.LIBRARIES, libraries.isEmpty() ? null : libraries);
        return v;
    }

    /** Name and version of a bullet, with "colon" or "space" as a third element saying how it was written; or null. */
    private static String[] bullet(String line) {
        Matcher m = COLON.matcher(line);
        if (m.matches()) {
            return new String[] {m.group(1).strip(), m.group(2).strip(), "colon"};
        }
        m = SPACE.matcher(line);
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2), "space"} : null;
    }

    @Override
    public String write(String body, ModelCard card, String le, boolean last) {
        Map<String, String> libraries = card.training().environment() == null ? Map.of() : card.training().environment().libraries();
        List<String> lines = HubValues.lines(body);
        Map<String, String> original = new HashMap<>();
        boolean colon = false;
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String[] nv = lines.get(i).isBlank() ? null : bullet(lines.get(i).stripTrailing());
            if (nv != null) {
                original.putIfAbsent(nv[0] + "\u0000" + nv[1], lines.get(i));
                colon = first < 0 ? nv[2].equals("colon") : colon;
                first = first < 0 ? i : first;
            }
        }
        List<String> bullets = new ArrayList<>();
        for (Map.Entry<String, String> e : libraries.entrySet()) {
            String was = original.get(e.getKey() + "\u0000" + e.getValue());
            bullets.add(was != null ? was : "- " + e.getKey() + (colon ? ": " : " ") + e.getValue());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == first) {
                out.addAll(bullets);
            }
            if (lines.get(i).isBlank()) {
                out.add(lines.get(i));
            }
        }
        if (first < 0) {
            HubValues.appendBeforeTrailingBlanks(out, bullets);
        }
        return String.join(le, out);
    }
}
