package io.modelcards.hf;

import io.modelcards.card.Citation;
import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the card fields out of one template section's text, and writes them back into it. Reading gives, for every
 * field the section owns, its value (null when empty); a section whose text does not fit its kind reads as null and
 * is kept as an unknown section instead.
 */
final class SectionCodec {
    private static final Pattern TITLE = Pattern.compile("(?i)model card for\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("^- \\*\\*(.+?):\\*\\*(?: (.*))?$");
    private static final Pattern BIBKEY = Pattern.compile("@\\w+\\s*\\{\\s*([^,\\s]+)\\s*,");

    /**
     * A bullet label of the template and the field it fills, or null for a label that shows captured facts or
     * metadata; {@code empty} is what the bullet reads when the field is empty.
     */
    record Label(String text, String field, String empty) {
        Label(String text, String field) {
            this(text, field, TemplateSection.MORE);
        }
    }

    /** The License bullet fills the licence only where the front matter has none; it is never rewritten. */
    static final String LICENSE = "/metadata/license";

    static final List<Label> DESCRIPTION = List.of(new Label("Developed by", "/details/developers"),
            new Label("Funded by [optional]", "/details/funded_by"), new Label("Shared by [optional]", "/details/shared_by"),
            new Label("Model type", "/details/model_type"), new Label("Language(s) (NLP)", null), new Label("License", LICENSE),
            new Label("Finetuned from model [optional]", null), new Label("Version", "/details/version"),
            // Captured facts the templates print after the template's bullets: shown, not read.
            new Label("Date", null), new Label("Library", null), new Label("Pipeline", null), new Label("Owners", null),
            new Label("References", null), new Label("Labels", null), new Label("Number of labels", null),
            new Label("Target", null), new Label("Output Dimensionality", null), new Label("Similarity Function", null),
            new Label("Maximum Sequence Length", null), new Label("Pooling", null), new Label("Activation and Pooling", null),
            new Label("Number of Output Labels", null), new Label("Context Length", null));
    static final List<Label> SOURCES = List.of(new Label("Repository", "/details/repository"),
            new Label("Paper [optional]", "/details/paper"), new Label("Demo [optional]", "/details/demo"));
    static final List<Label> GOVERNANCE = List.of(new Label("Risk rating", "/governance/risk", "unknown"),
            new Label("Rationale", "/governance/risk_rationale"));

    private SectionCodec() {}

    /** The fields a section owns, in order. */
    static List<String> fields(TemplateSection s) {
        return switch (s.kind()) {
            case TITLE -> List.of("/details/name", "/details/summary");
            case DESCRIPTION -> List.of("/details/description", "/details/developers", "/details/funded_by", "/details/shared_by",
                    "/details/model_type", "/details/version");
            case SOURCES -> List.of("/details/repository", "/details/paper", "/details/demo");
            case TEXT, CITATION, OWNERS, ETHICS -> List.of(s.field());
            case GOVERNANCE -> List.of("/governance/risk", "/governance/risk_rationale");
            case STRUCTURE -> List.of();
        };
    }

    /** The field values in a section's text, or null when the text does not fit the section's kind. */
    static Map<String, Object> read(TemplateSection s, String heading, String body) {
        BodySpan span = BodySpan.of(body, boilerplate(s));
        Map<String, Object> v = new LinkedHashMap<>();
        switch (s.kind()) {
            case TITLE -> {
                Matcher m = TITLE.matcher(heading);
                String name = m.matches() ? m.group(1).trim() : null;
                v.put("/details/name", name == null || name.isEmpty() || name.equals("Model ID") ? null : name);
                v.put("/details/summary", span.value(null));
            }
            case TEXT -> v.put(s.field(), span.value(s.empty()));
            case OWNERS, ETHICS -> {
                Object list = s.kind() == TemplateSection.Kind.OWNERS ? TableSections.owners(span.content())
                        : TableSections.risks(span.content());
                if (list == null) {
                    return null;
                }
                v.put(s.field(), list);
            }
            case GOVERNANCE -> {
                List<String> lines = span.content().isEmpty() ? List.of() : List.of(span.content().replace("\r\n", "\n").split("\n", -1));
                if (bulletRun(lines, GOVERNANCE) != 0) {
                    return null;
                }
                bullets(lines, GOVERNANCE, v);
                Object risk = v.get("/governance/risk");
                RiskRating r = risk == null ? RiskRating.UNKNOWN : rating((String) risk);
                if (r == null) {
                    return null; // a rating the card cannot hold: keep the person's text as it is
                }
                v.put("/governance/risk", r);
            }
            case DESCRIPTION -> {
                String content = span.content().replace("\r\n", "\n");
                List<String> lines = List.of(content.split("\n", -1));
                int run = bulletRun(lines, DESCRIPTION);
                String desc = String.join("\n", lines.subList(0, run)).strip();
                v.put("/details/description", desc.isEmpty() ? null : desc);
                bullets(lines.subList(run, lines.size()), DESCRIPTION, v);
            }
            case SOURCES -> {
                List<String> lines = List.of(span.content().replace("\r\n", "\n").split("\n", -1));
                if (span.content().isEmpty()) {
                    lines = List.of();
                } else if (bulletRun(lines, SOURCES) != 0) {
                    return null;
                }
                bullets(lines, SOURCES, v);
            }
            case CITATION -> {
                String c = span.content().replace("\r\n", "\n");
                String[] parts = citationParts(c);
                if (c.isEmpty() || c.equals(TemplateSection.MORE)) {
                    v.put(s.field(), List.of());
                } else if (parts == null) {
                    return null;
                } else {
                    String bib = unfence(parts[0].strip());
                    String apa = parts[1].strip();
                    bib = bib.isEmpty() || bib.equals(TemplateSection.MORE) ? null : bib;
                    apa = apa.isEmpty() || apa.equals(TemplateSection.MORE) ? null : apa;
                    Matcher k = bib == null ? null : BIBKEY.matcher(bib);
                    v.put(s.field(), bib == null && apa == null ? List.of()
                            : List.of(new Citation(k != null && k.find() ? k.group(1) : null, bib, apa, null)));
                }
            }
            case STRUCTURE -> {
                if (!structureIsEmpty(span.content())) {
                    return null;
                }
            }
        }
        return v;
    }

    /** The section's text (after the heading line) with the card's current values written in. */
    static String write(TemplateSection s, String body, ModelCard card, String le, boolean last) {
        BodySpan span = BodySpan.of(body, boilerplate(s));
        String content = switch (s.kind()) {
            case TITLE -> orEmpty(CardFields.text(card, "/details/summary"));
            case TEXT -> {
                String t = CardFields.text(card, s.field());
                yield t == null ? s.empty() : t;
            }
            case DESCRIPTION -> {
                String d = orEmpty(CardFields.text(card, "/details/description"));
                if (d.isEmpty() && prose(span.content()).equals(TemplateSection.MORE)) {
                    d = TemplateSection.MORE; // the template's placeholder for no description stays when a bullet changes
                }
                String b = bulletLines(span.content(), DESCRIPTION, card);
                yield d.isEmpty() || b.isEmpty() ? d + b : d + "\n\n" + b;
            }
            case SOURCES -> bulletLines(span.content(), SOURCES, card);
            case OWNERS -> TableSections.owners(card.details().owners());
            case ETHICS -> TableSections.risks(card.considerations().ethicalConsiderations());
            case GOVERNANCE -> bulletLines(span.content().isEmpty() ? "- **Risk rating:** unknown\n- **Rationale:** " + TemplateSection.MORE
                    : span.content(), GOVERNANCE, card);
            case CITATION -> citation(CardFields.citations(card));
            case STRUCTURE -> "";
        };
        if (content.isEmpty() && span.content().isEmpty()) {
            return body.isEmpty() && !last ? le : body;
        }
        return span.with(content, le, last);
    }

    /** A new section for the card's values: heading line and text, ending with a blank line unless {@code last}. */
    static String fresh(TemplateSection s, ModelCard card, String le, boolean last) {
        String heading = s.kind() == TemplateSection.Kind.TITLE
                ? "Model Card for " + CardFields.text(card, "/details/name") : s.heading();
        String head = "#".repeat(s.level()) + " " + heading + le;
        String body = write(s, "", card, le, last);
        if (boilerplate(s) != null) {
            body = le + boilerplate(s) + le + body;
        }
        return head + (s.kind() == TemplateSection.Kind.STRUCTURE ? (last ? "" : le) : body);
    }

    private static String boilerplate(TemplateSection s) {
        return s.field().equals("/details/how_to_get_started") ? TemplateSection.GET_STARTED : null;
    }

    /** The text of a Model Description section before its bullets, stripped. */
    private static String prose(String content) {
        List<String> lines = List.of(content.replace("\r\n", "\n").split("\n", -1));
        return String.join("\n", lines.subList(0, bulletRun(lines, DESCRIPTION))).strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Index where the trailing run of template bullets starts; lines.size() when there is none. */
    private static int bulletRun(List<String> lines, List<Label> labels) {
        int i = lines.size();
        while (i > 0) {
            Matcher m = BULLET.matcher(lines.get(i - 1).stripTrailing());
            if (!m.matches() || label(m.group(1), labels) == null) {
                break;
            }
            i--;
        }
        return i;
    }

    private static void bullets(List<String> lines, List<Label> labels, Map<String, Object> v) {
        for (Label l : labels) {
            if (l.field() != null) {
                v.put(l.field(), null);
            }
        }
        for (String line : lines) {
            Matcher m = BULLET.matcher(line.stripTrailing());
            if (m.matches()) {
                Label l = label(m.group(1), labels);
                String val = m.group(2) == null ? "" : m.group(2).strip();
                if (l != null && l.field() != null && !val.isEmpty() && !val.equals(TemplateSection.MORE) && !val.equals(l.empty())) {
                    v.put(l.field(), val);
                }
            }
        }
    }

    /**
     * The bullet list with the card's values: the original lines in their order where unchanged, a changed field's
     * line rewritten in place, and a field new to the list inserted after the bullets that precede it in template order.
     */
    private static String bulletLines(String content, List<Label> labels, ModelCard card) {
        List<String> lines = content.isEmpty() ? List.of() : List.of(content.replace("\r\n", "\n").split("\n", -1));
        List<String> out = new ArrayList<>();
        List<Label> outLabels = new ArrayList<>();
        for (String line : lines.subList(bulletRun(lines, labels), lines.size())) {
            Matcher m = BULLET.matcher(line.stripTrailing());
            Label l = label(m.matches() ? m.group(1) : "", labels);
            outLabels.add(l);
            if (!written(l)) {
                out.add(line);
                continue;
            }
            Map<String, Object> was = new LinkedHashMap<>();
            bullets(List.of(line), labels, was);
            String value = CardFields.bulletText(card, l.field());
            out.add(Objects.equals(was.get(l.field()), value) ? line : bullet(l, value));
        }
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            String value = written(l) ? CardFields.bulletText(card, l.field()) : null;
            if (value == null || outLabels.contains(l)) {
                continue;
            }
            int at = 0;
            for (int j = 0; j < outLabels.size(); j++) {
                if (labels.indexOf(outLabels.get(j)) < i) {
                    at = j + 1;
                }
            }
            out.add(at, bullet(l, value));
            outLabels.add(at, l);
        }
        return String.join("\n", out);
    }

    /** Whether the bullet's line shows a card field that writing keeps up to date. */
    private static boolean written(Label l) {
        return l != null && l.field() != null && !l.field().equals(LICENSE);
    }

    private static String bullet(Label l, String value) {
        return "- **" + l.text() + ":** " + (value == null ? l.empty() : value);
    }

    /** The rating a bullet names (case ignored), or null when it names none. */
    private static RiskRating rating(String text) {
        for (RiskRating r : RiskRating.values()) {
            if (r.text().equalsIgnoreCase(text)) {
                return r;
            }
        }
        return null;
    }

    private static Label label(String text, List<Label> labels) {
        String n = norm(text);
        return labels.stream().filter(l -> norm(l.text()).equals(n)).findFirst().orElse(null);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace("[optional]", "").replaceAll("\\s+", " ").trim();
    }

    private static String unfence(String s) {
        if (s.startsWith("```") && s.endsWith("```") && s.indexOf('\n') > 0 && s.length() > 6) {
            return s.substring(s.indexOf('\n') + 1, s.length() - 3).strip();
        }
        return s;
    }

    /** The BibTeX and APA parts of "**BibTeX:** … **APA:** …" text, or null when it has another shape. */
    private static String[] citationParts(String c) {
        String first = "**BibTeX:**";
        String apa = "\n**APA:**";
        if (!c.startsWith(first)) {
            return null;
        }
        int a = c.indexOf(apa);
        if (a < 0 || !c.substring(first.length(), c.indexOf('\n') < 0 ? first.length() : c.indexOf('\n')).isBlank()) {
            return null;
        }
        int afterApa = a + apa.length();
        int eol = c.indexOf('\n', afterApa);
        if (!c.substring(afterApa, eol < 0 ? c.length() : eol).isBlank()) {
            return null;
        }
        return new String[] {c.substring(c.indexOf('\n'), a), eol < 0 ? "" : c.substring(eol)};
    }

    private static String citation(List<Citation> cs) {
        List<String> bib = new ArrayList<>();
        List<String> apa = new ArrayList<>();
        for (Citation c : cs) {
            if (c.bibtex() != null) {
                bib.add(c.bibtex());
            }
            if (c.apa() != null) {
                apa.add(c.apa());
            }
        }
        return "**BibTeX:**\n\n" + (bib.isEmpty() ? TemplateSection.MORE : "```bibtex\n" + String.join("\n\n", bib) + "\n```")
                + "\n\n**APA:**\n\n" + (apa.isEmpty() ? TemplateSection.MORE : String.join("\n\n", apa));
    }

    private static String withoutComments(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("<!--", i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, open);
            int close = s.indexOf("-->", open + 4);
            i = close < 0 ? s.length() : close + 3;
        }
        return out.toString();
    }

    /** Whether a structuring section holds only the template's own text (comments, placeholders, boilerplate). */
    static boolean structureIsEmpty(String content) {
        String c = withoutComments(content.replace("\r\n", "\n"));
        for (String line : c.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.equals(TemplateSection.MORE)
                    || t.startsWith("Carbon emissions can be estimated using the [Machine Learning Impact calculator]")) {
                continue;
            }
            Matcher m = BULLET.matcher(t);
            if (m.matches() && (m.group(2) == null || m.group(2).strip().equals(TemplateSection.MORE))) {
                continue;
            }
            return false;
        }
        return true;
    }
}
