package io.modelcards.hf;

import io.modelcards.card.ReadmeSource;
import io.modelcards.card.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a README body: template sections fill card fields, every other section is kept verbatim, in place.
 * A template heading that appears a second time is kept as an unknown section; the first one wins.
 */
final class BodyReader {
    /** What the body gave: source blocks, field values by pointer, and the unknown sections in order. */
    record Read(List<ReadmeSource.Block> blocks, Map<String, Object> values, List<Section> sections) {}

    /** The field of a block that holds only the blank lines before the first heading. */
    static final String BLANK = "#blank";

    private BodyReader() {}

    static Read read(String body, int firstLine, Located at) {
        return read(MarkdownBlocks.split(body, firstLine), at, UnaryOperator.identity());
    }

    /** Reads blocks already cut; {@code reading} gives the text of a block that its fields are read from. */
    static Read read(List<MarkdownBlocks.Raw> raws, Located at, UnaryOperator<String> reading) {
        List<ReadmeSource.Block> blocks = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        HubBlocks hub = HubBlocks.of(raws);
        for (int i = 0; i < raws.size(); i++) {
            MarkdownBlocks.Raw raw = raws.get(i);
            String field = null;
            HubBlocks.Claim claim = hub.claim(raws, i, claimed);
            if (claim != null) { // a Hub library's layout: typed fields, tried before the template's headings
                raw = claim.raw();
                i += claim.absorbed();
                field = claim.field();
                claimed.add(field);
                for (Map.Entry<String, Object> e : claim.values().entrySet()) {
                    if (HubValues.orNull(e.getValue()) != null) {
                        values.put(e.getKey(), e.getValue());
                        at.at(e.getKey(), raw.line(), 1);
                    }
                }
            } else if (raw.heading() != null) {
                Optional<TemplateSection> t = TemplateSection.match(raw.heading(), raw.level());
                if (t.isPresent() && !claimed.contains(t.get().field())) {
                    Map<String, Object> v = SectionCodec.read(t.get(), raw.heading(), reading.apply(afterHeading(raw.text())));
                    if (v != null) {
                        field = t.get().field();
                        claimed.add(field);
                        for (Map.Entry<String, Object> e : v.entrySet()) {
                            // An empty field is located too: a problem about it then points at the heading to write under.
                            at.at(e.getKey(), raw.line(), 1);
                            if (CardFields.present(e.getValue())) {
                                values.put(e.getKey(), e.getValue());
                            }
                        }
                    }
                }
            }
            if (raw.heading() == null && raw.text().isBlank()) {
                field = BLANK; // blank lines before the first heading are layout, not a section
            }
            if (field == null) {
                at.at("/sections/" + sections.size(), raw.line(), 1);
                sections.add(section(raw, reading));
            }
            blocks.add(new ReadmeSource.Block(raw.heading(), raw.level(), raw.text(), field));
        }
        return new Read(blocks, values, sections);
    }

    /** The unknown section a raw block stands for; the text before the first heading has heading null, level 0. */
    static Section section(MarkdownBlocks.Raw raw) {
        return section(raw, UnaryOperator.identity());
    }

    /** The unknown section a raw block stands for, its text as {@code reading} gives it. */
    static Section section(MarkdownBlocks.Raw raw, UnaryOperator<String> reading) {
        return raw.heading() == null ? new Section(null, 0, reading.apply(raw.text()))
                : new Section(raw.heading(), raw.level(), reading.apply(afterHeading(raw.text())));
    }

    /** The text after a block's heading line. */
    static String afterHeading(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? "" : text.substring(nl + 1);
    }
}
