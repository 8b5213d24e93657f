package io.modelcards.staleness;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells which human-written fields of a card are stale: written (or last confirmed) against facts the card no longer
 * states. A field's facts are recorded in its {@link Origin.Human#basis()} when a person writes it; a field without a
 * basis (written before schema 1.3) is never stale.
 *
 * <p>Only fields whose truth can depend on the facts are judged ({@link #sensitive}): not the ones about people and links
 * (owners, developers, contact, repository, citations, …), not the front matter, and not the facts themselves (name,
 * version, artifact, datasets, quantitative results).
 */
public final class Staleness {
    /** Fields, and the parts below them, that no change of facts can make untrue. */
    private static final List<String> INSENSITIVE = List.of("/details/name", "/details/version", "/details/artifact",
            "/details/owners", "/details/developers", "/details/funded_by", "/details/shared_by", "/details/card_authors",
            "/details/contact", "/details/repository", "/details/paper", "/details/demo", "/details/references",
            "/details/citations", "/metadata", "/datasets", "/evaluation/quantitative", "/schema_version", "/provenance",
            "/source");

    private Staleness() {}

    /** Whether a person's text at {@code pointer} can be made untrue by a change of the card's facts. */
    public static boolean sensitive(String pointer) {
        for (String p : INSENSITIVE) {
            if (pointer.equals(p) || pointer.startsWith(p + "/")) {
                return false;
            }
        }
        return true;
    }

    /** The stale fields of {@code card}, in the order of its provenance. */
    public static List<StaleField> of(ModelCard card) {
        Facts now = Facts.of(card);
        JsonNode tree = null;
        List<StaleField> out = new ArrayList<>();
        for (Map.Entry<String, Origin> e : card.provenance().origins().entrySet()) {
            if (e.getValue() instanceof Origin.Human h && h.basis() != null && sensitive(e.getKey())) {
                List<String> reasons = FactChanges.between(h.basis(), now, card);
                if (reasons.isEmpty()) {
                    continue;
                }
                tree = tree == null ? CardMappers.json().valueToTree(card) : tree;
                if (!tree.at(e.getKey()).isMissingNode()) {
                    out.add(new StaleField(e.getKey(), reasons));
                }
            }
        }
        return out;
    }

    /**
     * The card with the person's text at {@code pointer} recorded as written against the card's facts now. A field that
     * no person wrote, or that no fact can make untrue, is left as it is.
     */
    public static ModelCard stamp(ModelCard card, String pointer) {
        if (sensitive(pointer) && card.provenance().originOf(pointer) instanceof Origin.Human h) {
            return card.withProvenance(card.provenance().with(pointer, h.withBasis(Facts.of(card))));
        }
        return card;
    }

    /**
     * The card with the person's text at {@code pointer} confirmed by {@code by} at {@code at}: it is recorded as written
     * against the card's facts now, so it is no longer stale. The text itself does not change.
     *
     * @param at an ISO-8601 UTC instant
     * @throws InvalidInputException {@code confirm/not-human} when no person wrote the value at {@code pointer}
     */
    public static ModelCard confirm(ModelCard card, String pointer, String by, String at) throws InvalidInputException {
        JsonNode value = CardMappers.json().valueToTree(card).at(pointer.isEmpty() ? "" : pointer);
        if (!(card.provenance().originOf(pointer) instanceof Origin.Human h) || value.isMissingNode() || value.isNull()) {
            throw new InvalidInputException(Diagnostic.error("-", 0, 0, "confirm/not-human",
                    pointer + " holds no text a person wrote, so there is nothing to confirm: confirm a field that a person "
                            + "wrote, e.g. one that validate --rules review reports as stale").atPointer(pointer));
        }
        Origin.Human confirmed = new Origin.Human(h.author(), h.file(), h.at(), Facts.of(card), new Origin.Confirmation(by, at));
        return card.withProvenance(card.provenance().with(pointer, confirmed));
    }
}
