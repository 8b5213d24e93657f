package io.modelcards.registry.catalog;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import java.time.Instant;

/**
 * One immutable state of a version's card, addressed by its content hash.
 *
 * @param hash      the card's content hash ({@code sha256:...}); the same card always has the same hash
 * @param model     the model's name
 * @param version   the version it belongs to
 * @param cardJson  the card as {@link CardCodec#toJson} wrote it
 * @param createdAt when it was first uploaded to this version
 * @param createdBy the actor who first uploaded it
 * @param parent    the version's current revision when this one was uploaded, or null for the first
 */
public record Revision(ContentHash hash, String model, String version, String cardJson, Instant createdAt, String createdBy,
        ContentHash parent) {

    /** The card, read back from its stored JSON. */
    public ModelCard card() {
        try {
            return CardCodec.fromJson(cardJson, hash.toString());
        } catch (InvalidInputException e) {
            // The registry wrote this JSON itself; a card it cannot read back means the row was altered.
            throw new IllegalStateException("stored card " + hash + " of " + Subjects.version(model, version)
                    + " no longer reads: " + e.getMessage(), e);
        }
    }
}
