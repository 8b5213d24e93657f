package io.modelcards.hf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where in a README.md a person writes each card field that the README importer reads: the heading path of its
 * section, and the bullet within it where the field is a bullet. Derived from the importer's own section table, so
 * that a place named in a message is always one the importer reads.
 */
public final class ReadmePlaces {
    private static final Map<String, String> PLACES = places();

    private ReadmePlaces() {}

    /**
     * The place of the field at {@code pointer} as a phrase to follow "write …", such as
     * {@code under "## Uses > ### Primary Intended Users" in README.md}; empty for a field no README text fills.
     */
    public static Optional<String> of(String pointer) {
        return Optional.ofNullable(PLACES.get(pointer));
    }

    private static Map<String, String> places() {
        Map<String, String> out = new LinkedHashMap<>();
        for (TemplateSection s : TemplateSection.ALL) {
            String under = "under \"" + s.place() + "\" in README.md";
            switch (s.kind()) {
                case TITLE -> {
                    out.put("/details/name", "in the heading \"# Model Card for NAME\" of README.md");
                    out.put("/details/summary", "in the paragraph " + under);
                }
                case DESCRIPTION -> {
                    out.put(s.field(), under);
                    bullets(out, SectionCodec.DESCRIPTION, under);
                }
                case SOURCES -> bullets(out, SectionCodec.SOURCES, under);
                case GOVERNANCE -> bullets(out, SectionCodec.GOVERNANCE, under);
                case TEXT, CITATION, OWNERS, ETHICS -> out.put(s.field(), under);
                case STRUCTURE -> { }
            }
        }
        out.put(SectionCodec.LICENSE, "as \"license:\" in the front matter of README.md, or " + out.get(SectionCodec.LICENSE));
        return Map.copyOf(out);
    }

    private static void bullets(Map<String, String> out, List<SectionCodec.Label> labels, String under) {
        for (SectionCodec.Label l : labels) {
            if (l.field() != null) {
                out.put(l.field(), "in the bullet \"- **" + l.text() + ":**\" " + under);
            }
        }
    }
}
