package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bold-labelled bullets ({@code - **Hardware Type:** A100} or sentence-transformers' {@code - **Hours Used**: 0.1 hours})
 * whose labels name typed fields. Text before the first bullet, nested bullets, one-line HTML comments and bullets
 * with other labels are layout, kept as written; a value that is a placeholder or does not parse leaves its field empty.
 */
final class LabeledBullets implements HubCodec {
    private static final Pattern BULLET = Pattern.compile("^- \\*\\*(.+?)(:\\*\\*|\\*\\*:)(?:\\s+(.*))?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)(.*)$");
    private static final Set<String> EMPTY = Set.of("", "[more information needed]", "unknown", "no gpu used", "none", "n/a");

    /** How a label's value is typed: text, or a number in a unit the field is stored in. */
    enum Unit { TEXT, HOURS, GRAMS, KWH, BYTES }

    /** A bullet label and the field its value fills. */
    record Label(String text, String field, Unit unit) {}

    /** huggingface_hub's Environmental Impact bullets, and the energy bullets sentence-transformers writes from CodeCarbon. */
    static final LabeledBullets ENVIRONMENT = new LabeledBullets(List.of(new Label("Hardware Type", HubFields.HARDWARE, Unit.TEXT),
            new Label("Hours used", HubFields.HOURS, Unit.HOURS), new Label("Cloud Provider", HubFields.CLOUD, Unit.TEXT),
            new Label("Compute Region", HubFields.REGION, Unit.TEXT), new Label("Carbon Emitted", HubFields.CO2, Unit.GRAMS),
            new Label("Energy Consumed", HubFields.KWH, Unit.KWH)));
    /** sentence-transformers' Training Hardware bullets. */
    static final LabeledBullets HARDWARE = new LabeledBullets(List.of(new Label("GPU Model", HubFields.GPU, Unit.TEXT),
            new Label("CPU Model", HubFields.CPU, Unit.TEXT), new Label("RAM Size", HubFields.MEMORY, Unit.BYTES),
            new Label("On Cloud", null, Unit.TEXT)), true);
    /** huggingface_hub's Training Hyperparameters bullet. */
    static final LabeledBullets TRAINING_REGIME = new LabeledBullets(List.of(new Label("Training regime", HubFields.REGIME, Unit.TEXT)));
    /**
     * sentence-transformers' Model Description bullets, which start with the model type; the others show metadata. The
     * template's Model Description (text, then "Developed by") is another shape.
     */
    static final LabeledBullets SENTENCE_DESCRIPTION =
            new LabeledBullets(List.of(new Label("Model Type", "/details/model_type", Unit.TEXT)), true);

    private final List<Label> labels;
    private final boolean bulletsOnly;

    private LabeledBullets(List<Label> labels) {
        this(labels, false);
    }

    /** {@code bulletsOnly}: no text before the bullets, and the first bullet has one of the labels. */
    private LabeledBullets(List<Label> labels, boolean bulletsOnly) {
        this.labels = labels;
        this.bulletsOnly = bulletsOnly;
    }

    @Override
    public List<String> fields() {
        return labels.stream().map(Label::field).filter(f -> f != null).toList();
    }

    @Override
    public Map<String, Object> read(String heading, String body) {
        Map<String, Object> v = new HashMap<>();
        fields().forEach(f -> v.put(f, null));
        boolean started = false;
        boolean known = false;
        for (String line : HubValues.lines(body)) {
            String t = line.strip();
            Matcher m = BULLET.matcher(line.stripTrailing());
            if (t.contains("modelcards:")) {
                return null; // a region another writer owns
            } else if (m.matches()) {
                Label l = label(m.group(1));
                if (bulletsOnly && !started && l == null) {
                    return null;
                }
                started = true;
                known |= l != null;
                if (l != null && l.field() != null && !v.containsKey(l.field() + "#")) {
                    v.put(l.field() + "#", Boolean.TRUE);
                    v.put(l.field(), value(l.unit(), withoutComment(m.group(3))));
                }
            } else if (bulletsOnly && !started && !t.isEmpty()) {
                return null; // text before the bullets: the template's Model Description, not this layout's
            } else if (started && !t.isEmpty() && !(t.startsWith("<!--") && t.endsWith("-->"))
                    && !(line.startsWith(" ") && t.startsWith("- "))) {
                return null; // after the bullets, only blank lines, comments and nested bullets
            }
        }
        v.keySet().removeIf(k -> k.endsWith("#"));
        return known ? v : null;
    }

    private Label label(String text) {
        String n = HubValues.normal(text);
        return labels.stream().filter(l -> HubValues.normal(l.text()).equals(n)).findFirst().orElse(null);
    }

    /** A bullet's value without the HTML comment that may follow it on its line (the template's list of choices). */
    static String withoutComment(String value) {
        String v = value == null ? "" : value.strip();
        int open = v.indexOf("<!--");
        return open >= 0 && v.endsWith("-->") ? v.substring(0, open).strip() : v;
    }

    /** The typed value of a bullet, or null for a placeholder or a value that does not parse in the unit. */
    static Object value(Unit unit, String text) {
        if (EMPTY.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (unit == Unit.TEXT) {
            return text;
        }
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Double factor = factor(unit, m.group(2).strip());
        if (factor == null) {
            return null;
        }
        double d = Double.parseDouble(m.group(1)) * factor;
        return unit == Unit.BYTES ? (Object) Math.round(d) : (Object) d;
    }

    /** What one unit written after the number is in the field's unit, or null for a unit this field is not in. */
    private static Double factor(Unit unit, String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        return switch (unit) {
            case HOURS -> s.isEmpty() || s.matches("(hours?|hrs?|h)\\b.*") ? 1.0 : null;
            case KWH -> s.isEmpty() || s.startsWith("kwh") ? 1.0 : null;
            // Boxed constants throughout: a chain of "? 1e6 : … : null" would unbox the null and throw.
            case GRAMS -> s.startsWith("kg") ? Double.valueOf(1000.0) : s.matches("(t|tonnes?|tons?)\\b.*") ? Double.valueOf(1e6)
                    : s.isEmpty() || s.matches("(g|grams?)\\b.*") ? Double.valueOf(1.0) : null;
            case BYTES -> s.startsWith("gib") ? Double.valueOf(1073741824.0) : s.startsWith("gb") ? Double.valueOf(1e9)
                    : s.startsWith("mib") ? Double.valueOf(1048576.0) : s.startsWith("mb") ? Double.valueOf(1e6)
                    : s.startsWith("tb") ? Double.valueOf(1e12) : null;
            case TEXT -> 1.0;
        };
    }

    @Override
    public String write(String body, ModelCard card, String le, boolean last) {
        List<String> lines = HubValues.lines(body);
        Map<String, Object> was = read("", body);
        List<String> out = new ArrayList<>();
        Map<Label, Integer> seen = new LinkedHashMap<>();
        int lastBullet = -1;
        for (String line : lines) {
            Matcher m = BULLET.matcher(line.stripTrailing());
            Label l = m.matches() ? label(m.group(1)) : null;
            if (m.matches()) {
                lastBullet = out.size();
            }
            if (l == null || l.field() == null || seen.containsKey(l)) {
                out.add(line);
                continue;
            }
            seen.put(l, out.size());
            Object now = HubFields.get(card, l.field());
            if (HubValues.same(was.get(l.field()), now)) {
                out.add(line);
            } else {
                String sep = m.group(2).equals(":**") ? ":** " : "**: ";
                String written = m.group(3) == null ? "" : m.group(3).strip();
                String hint = written.substring(withoutComment(written).length()); // the template's hint after the value stays
                out.add("- **" + m.group(1) + sep + text(l.unit(), now, withoutComment(written)) + hint);
            }
        }
        List<String> added = new ArrayList<>();
        for (Label l : labels) {
            Object now = l.field() == null ? null : HubFields.get(card, l.field());
            if (!seen.containsKey(l) && now != null) {
                added.add("- **" + l.text() + ":** " + text(l.unit(), now, ""));
            }
        }
        out.addAll(lastBullet + 1, added);
        return String.join(le, out);
    }

    /** A value written in the unit the original text used, or the field's own unit. */
    private static String text(Unit unit, Object value, String original) {
        if (value == null) {
            return TemplateSection.MORE;
        }
        if (unit == Unit.TEXT) {
            return value.toString();
        }
        Matcher m = LEADING_NUMBER.matcher(original);
        String suffix = m.matches() && factor(unit, m.group(2).strip()) != null ? m.group(2) : switch (unit) {
            case GRAMS -> " g CO2eq";
            case KWH -> " kWh";
            case BYTES -> " GB";
            default -> "";
        };
        double d = ((Number) value).doubleValue() / factor(unit, suffix.strip());
        return PythonFloat.repr(d) + suffix;
    }
}
