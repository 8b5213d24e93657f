package io.modelcards.validate;

import java.util.List;

/**
 * One point or sub-point of Annex IV of Regulation (EU) 2024/1689 (the technical documentation of Article 11(1)),
 * with the requirements a card must meet to cover it.
 *
 * @param id           the id in diagnostic codes: {@code 1b}, {@code 2g}, {@code 9}
 * @param label        the point as the regulation numbers it: {@code 1(b)}, {@code 2(g)}, {@code 9}
 * @param title        a short name: "Interaction with other systems"
 * @param text         what the regulation asks, in our words (not a quotation, and not legal advice)
 * @param requirements what covers the point; all of them must be met
 */
public record AnnexIvPoint(String id, String label, String title, String text, List<Requirement> requirements) {
    /** Copies the requirements. */
    public AnnexIvPoint {
        requirements = List.copyOf(requirements);
    }

    /** The code of the point's diagnostics: {@code annex-iv/1b}. */
    public String code() {
        return "annex-iv/" + id;
    }

    /** Where the point is in the regulation: {@code Regulation (EU) 2024/1689, Annex IV, point 1(b)}. */
    public String citation() {
        return "Regulation (EU) 2024/1689, Annex IV, point " + label;
    }

    /**
     * One thing a point needs, met by any of its sources.
     *
     * @param what    what must be documented, as a phrase to follow "write"
     * @param sources where it may be: card fields, or records the registry holds; any one suffices
     */
    public record Requirement(String what, List<Source> sources) {
        /** Copies the sources. */
        public Requirement {
            sources = List.copyOf(sources);
        }
    }

    /** Where a requirement may be met. */
    public sealed interface Source {
        /** A card field, met when the card has a value there (text that is not blank, a list that is not empty). */
        record Field(String pointer) implements Source {}

        /** Evaluation results broken down by group: met when a result of {@code /evaluation/quantitative} has a slice. */
        record SlicedResults() implements Source {
            /** The field that holds them. */
            public static final String POINTER = "/evaluation/quantitative";
        }

        /** Evidence the registry holds, met only for a card in a registry that holds it. */
        record Registry(RegistryEvidence.Kind kind) implements Source {}
    }
}
