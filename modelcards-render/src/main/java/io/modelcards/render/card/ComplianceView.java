package io.modelcards.render.card;

import io.modelcards.validate.RegistryEvidence;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the HTML output shows a compliance view after the card, and which: none (the default), or the coverage of
 * Annex IV of the EU AI Act ({@link io.modelcards.validate.AnnexIv}). md and json never show one.
 */
public sealed interface ComplianceView {
    /** No compliance view. */
    ComplianceView NONE = new None();

    /** No compliance view. */
    record None() implements ComplianceView {}

    /**
     * The Annex IV coverage table.
     *
     * @param evidence what the registry holds about the card's version; {@link RegistryEvidence#NONE} for a file
     */
    record AnnexIv(RegistryEvidence evidence) implements ComplianceView {
        /** Refuses null evidence: say {@link RegistryEvidence#NONE}. */
        public AnnexIv {
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * The view named {@code name} as users write it ({@code annex-iv}, case-insensitive) for a card outside a
     * registry; empty for a name no view has.
     */
    static Optional<ComplianceView> parse(String name) {
        return name != null && name.strip().equalsIgnoreCase("annex-iv")
                ? Optional.of(new AnnexIv(RegistryEvidence.NONE)) : Optional.empty();
    }
}
