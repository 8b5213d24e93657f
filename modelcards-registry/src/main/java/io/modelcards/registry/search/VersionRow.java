package io.modelcards.registry.search;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.workflow.State;
import java.time.Instant;

/**
 * A version as the database holds it now, what its search document is made from.
 *
 * @param id        the version's row id
 * @param model     the model's name
 * @param version   the version
 * @param state     its workflow state
 * @param revision  its current revision's content hash, or null while it has no card
 * @param updatedAt when that revision was stored, or null without one
 * @param cardJson  that revision's card as stored, or null without one
 */
record VersionRow(long id, String model, String version, State state, ContentHash revision, Instant updatedAt, String cardJson) {}
