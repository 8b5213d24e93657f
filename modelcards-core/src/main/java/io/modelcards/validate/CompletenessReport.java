package io.modelcards.validate;

import java.util.List;

/**
 * How complete a card is: per section, which fields are filled, split into the parts a machine can capture and the
 * parts a person must write, and an overall score.
 *
 * @param sections the sections in card order
 * @param overall  0 to 100: the mean of the sections' filled fractions, rounded half up
 */
public record CompletenessReport(List<Section> sections, int overall) {
    public CompletenessReport {
        sections = List.copyOf(sections);
    }

    /** Who is expected to fill a field. */
    public enum Part {
        /** Capture fills it: hyperparameters, curves, environment, energy, citations of libraries. */
        AUTO,
        /** A person writes it: intended uses, limitations, risk rationale. */
        HUMAN
    }

    /**
     * One field the score counts.
     *
     * @param pointer JSON Pointer of the field in the card
     * @param label   the field's name as users see it
     * @param part    who is expected to fill it
     * @param filled  whether it holds real content ("[More Information Needed]" does not count)
     * @param hint    what to write there
     */
    public record Field(String pointer, String label, Part part, boolean filled, String hint) {}

    /**
     * One section of the card and its fields.
     *
     * @param name   the section's name, e.g. "Uses"
     * @param fields the fields counted, in card order
     */
    public record Section(String name, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }

        public int filled() {
            return (int) fields.stream().filter(Field::filled).count();
        }

        public int total() {
            return fields.size();
        }

        /** Filled fields of one part. */
        public int filled(Part part) {
            return (int) fields.stream().filter(f -> f.part() == part && f.filled()).count();
        }

        /** Fields of one part. */
        public int total(Part part) {
            return (int) fields.stream().filter(f -> f.part() == part).count();
        }

        /** The fields still empty, in card order. */
        public List<Field> missing() {
            return fields.stream().filter(f -> !f.filled()).toList();
        }
    }

    /** The section called {@code name}. */
    public Section section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + name));
    }
}
