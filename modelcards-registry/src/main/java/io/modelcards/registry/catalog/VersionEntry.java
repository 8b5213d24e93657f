package io.modelcards.registry.catalog;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.workflow.State;
import java.time.Instant;

/**
 * A version of a model: its workflow state and its current card revision.
 *
 * @param model           the model's name
 * @param version         the version as written ({@code 1.2.0})
 * @param state           where it is in the review workflow
 * @param currentRevision the content hash of its current card, or null before the first upload
 * @param createdAt       when it was created
 * @param createdBy       the actor who created it
 */
public record VersionEntry(String model, String version, State state, ContentHash currentRevision, Instant createdAt,
        String createdBy) {}
