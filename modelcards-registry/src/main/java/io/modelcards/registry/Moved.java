package io.modelcards.registry;

import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.workflow.State;

/**
 * The result of a workflow action: the version as it now is, the state it was in and the state it is in.
 *
 * @param version the version after the action
 * @param from    its state before
 * @param to      its state after; equal to {@code from} when an approval was recorded but the policy is not met yet
 * @param outcome what the approval policy makes of the reviews after a review decision; null for other actions
 */
public record Moved(VersionEntry version, State from, State to, ReviewOutcome outcome) {
    /** Whether the version changed state. */
    public boolean moved() {
        return from != to;
    }
}
