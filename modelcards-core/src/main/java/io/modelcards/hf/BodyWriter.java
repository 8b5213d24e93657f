package io.modelcards.hf;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ReadmeSource;
import io.modelcards.card.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a card's Markdown body. With a README source, unchanged blocks are copied byte for byte, a changed field
 * rewrites only its block, and a field with no block yet gets a new section at its place in template order.
 * Without a source, sections follow the HF default template's order and unknown sections come last.
 */
final class BodyWriter {
    private BodyWriter() {}

    /** The body for a card without a README source. */
    static String fresh(ModelCard card, String le) {
        List<String> parts = new ArrayList<>();
        for (Section s : card.sections()) {
            if (s.heading() == null && s.body() != null && !s.body().isBlank()) {
                parts.add(section(s, le));
            }
        }
        Set<TemplateSection> wanted = new HashSet<>(newSections(card, Set.of()));
        for (TemplateSection t : TemplateSection.ALL) {
            if (wanted.contains(t)) {
                parts.add(SectionCodec.fresh(t, card, le, false));
            } else if (HubBlocks.fresh(t, card, le) != null) {
                parts.add(HubBlocks.fresh(t, card, le));
            }
        }
        for (Section s : card.sections()) {
            if (s.heading() != null) {
                parts.add(section(s, le));
            }
        }
        return join(parts, le);
    }

    /** The body for a card read from a README. */
    static String edit(ModelCard card, ReadmeSource src, String le) {
        List<ReadmeSource.Block> blocks = src.blocks();
        Set<String> present = new HashSet<>();
        blocks.forEach(b -> present.add(b.field()));
        Map<Integer, List<TemplateSection>> inserts = new TreeMap<>();
        for (TemplateSection t : newSections(card, present)) {
            inserts.computeIfAbsent(anchor(blocks, t), k -> new ArrayList<>()).add(t);
        }
        List<Section> sections = card.sections();
        HubBlocks hub = HubBlocks.ofBlocks(blocks);
        Map<String, JsonNode> recorded = Readback.recorded(blocks);
        boolean sectionsAsRendered = !recorded.isEmpty() && Readback.asRendered(recorded, Readback.SECTIONS, blocks.stream()
                .filter(b -> b.field() == null).map(b -> BodyReader.section(raw(b), GeneratedRegions::strip)).toList(), sections);
        List<String> parts = new ArrayList<>();
        insert(parts, inserts.getOrDefault(-1, List.of()), card, le, false);
        int unknown = 0;
        for (int i = 0; i < blocks.size(); i++) {
            ReadmeSource.Block b = blocks.get(i);
            int sectionsAfter = sections.size() - unknown - (b.field() == null ? 1 : 0);
            boolean last = i == blocks.size() - 1 && !inserts.containsKey(i) && sectionsAfter <= 0;
            if (b.field() == null) {
                Section was = BodyReader.section(raw(b));
                if (unknown < sections.size()) {
                    Section now = sections.get(unknown);
                    parts.add(now.equals(was) || sectionsAsRendered ? b.text() : section(now, le));
                }
                unknown++;
            } else if (hub.owner(b, i) != null) {
                parts.add(HubBlocks.write(hub.owner(b, i), b, card, le, last));
            } else {
                TemplateSection t = TemplateSection.byField(b.field()).orElse(null);
                parts.add(t == null ? b.text() : block(t, b, card, le, last, recorded));
            }
            boolean end = i == blocks.size() - 1 && sections.size() <= unknown;
            insert(parts, inserts.getOrDefault(i, List.of()), card, le, end);
        }
        for (; unknown < sections.size(); unknown++) {
            insertText(parts, section(sections.get(unknown), le), le);
        }
        return String.join("", parts);
    }

    /** Index of the block a new section goes after: the last template block earlier in template order. */
    private static int anchor(List<ReadmeSource.Block> blocks, TemplateSection t) {
        if (t.kind() == TemplateSection.Kind.TITLE) {
            // A title goes first, after text that precedes every heading (badges, a logo).
            return !blocks.isEmpty() && blocks.get(0).heading() == null && !blocks.get(0).text().isBlank() ? 0 : -1;
        }
        int after = -2;
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Optional<TemplateSection> ts = TemplateSection.byField(String.valueOf(blocks.get(i).field()));
            if (ts.isEmpty()) {
                continue;
            }
            int order = ts.get().order();
            if (first < 0) {
                first = i;
            }
            if (order < t.order()) {
                after = i;
            }
        }
        if (after != -2) {
            return after;
        }
        return first < 0 ? blocks.size() - 1 : first - 1;
    }

    private static MarkdownBlocks.Raw raw(ReadmeSource.Block b) {
        return new MarkdownBlocks.Raw(b.heading(), b.level(), b.text(), 0);
    }

    /** A template block: as written when its fields still hold what it says (or what the card comment recorded). */
    private static String block(TemplateSection t, ReadmeSource.Block b, ModelCard card, String le, boolean last,
            Map<String, JsonNode> recorded) {
        String body = BodyReader.afterHeading(b.text());
        if (t.kind() == TemplateSection.Kind.STRUCTURE) {
            return b.text();
        }
        Map<String, Object> was = SectionCodec.read(t, b.heading(), body);
        boolean same = was != null;
        for (String f : SectionCodec.fields(t)) {
            Object now = CardFields.get(card, f);
            same &= was != null && (Objects.equals(was.get(f), now) || Readback.asRendered(recorded, f, was.get(f), now));
        }
        if (same) {
            return b.text();
        }
        String headLine = b.text().substring(0, b.text().length() - body.length());
        if (t.kind() == TemplateSection.Kind.TITLE
                && !Objects.equals(was == null ? null : was.get("/details/name"), CardFields.text(card, "/details/name"))) {
            String name = CardFields.text(card, "/details/name");
            headLine = "# Model Card for " + (name == null ? "Model ID" : name) + le;
        } else if (!headLine.endsWith("\n")) {
            headLine = headLine + le;
        }
        return headLine + SectionCodec.write(t, body, card, le, last);
    }

    /** Template sections with content in the card but no block among {@code present} fields, with their missing parents. */
    private static List<TemplateSection> newSections(ModelCard card, Set<String> present) {
        List<TemplateSection> out = new ArrayList<>();
        for (TemplateSection t : TemplateSection.ALL) {
            if (t.kind() == TemplateSection.Kind.STRUCTURE || present.contains(t.field())) {
                continue;
            }
            boolean has = SectionCodec.fields(t).stream().anyMatch(f -> CardFields.present(CardFields.get(card, f)));
            if (!has) {
                continue;
            }
            List<TemplateSection> parents = new ArrayList<>();
            for (TemplateSection p = t.parent(); p != null && groups(p, t); p = p.parent()) {
                if (!present.contains(p.field()) && !out.contains(p)) {
                    parents.add(0, p);
                }
            }
            out.addAll(parents);
            out.add(t);
        }
        return out;
    }

    /**
     * Whether {@code p} is written as the parent of a new {@code child} it lacks: headings that only group, Governance,
     * and the section above a new Ethical Considerations table, which would otherwise land under another heading.
     */
    private static boolean groups(TemplateSection p, TemplateSection child) {
        return p.kind() == TemplateSection.Kind.STRUCTURE || p.kind() == TemplateSection.Kind.GOVERNANCE
                || child.kind() == TemplateSection.Kind.ETHICS;
    }

    private static void insert(List<String> parts, List<TemplateSection> sections, ModelCard card, String le, boolean atEnd) {
        for (int i = 0; i < sections.size(); i++) {
            insertText(parts, SectionCodec.fresh(sections.get(i), card, le, atEnd && i == sections.size() - 1), le);
        }
    }

    /** Appends {@code text} after the last part, with a blank line between them. */
    private static void insertText(List<String> parts, String text, String le) {
        if (!parts.isEmpty()) {
            String prev = parts.get(parts.size() - 1);
            if (!prev.isEmpty() && !prev.endsWith("\n")) {
                parts.add(le);
                prev = le;
            }
            String tail = tail(parts, 2 * le.length());
            if (!tail.isEmpty() && !tail.endsWith(le + le) && !tail.equals(le)) {
                parts.add(le);
            }
        }
        parts.add(text);
    }

    /** The last {@code n} characters of the parts joined (fewer if they are shorter), without joining them all. */
    private static String tail(List<String> parts, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0 && sb.length() < n; i--) {
            sb.insert(0, parts.get(i));
        }
        return sb.length() <= n ? sb.toString() : sb.substring(sb.length() - n);
    }

    /** An unknown section as Markdown. */
    static String section(Section s, String le) {
        String body = s.body() == null ? "" : s.body();
        return s.heading() == null ? body : "#".repeat(Math.max(1, s.level())) + " " + s.heading() + le + body;
    }

    private static String join(List<String> parts, String le) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            insertText(out, p, le);
        }
        String s = String.join("", out);
        while (s.endsWith(le + le)) {
            s = s.substring(0, s.length() - le.length());
        }
        return s;
    }
}
