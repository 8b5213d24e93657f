package io.modelcards.registry.catalog;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import java.time.Instant;

/**
 * A version's new current card, as an upload made it: what a {@link CurrentCardListener} is told.
 *
 * @param versionId the version's row id
 * @param model     the model's name
 * @param version   the version
 * @param card      the card that is now current
 * @param revision  its content hash
 * @param at        when it became current
 */
public record CurrentCard(long versionId, String model, String version, ModelCard card, ContentHash revision, Instant at) {}
