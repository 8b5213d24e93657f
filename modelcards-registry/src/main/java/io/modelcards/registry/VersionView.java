package io.modelcards.registry;

import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.workflow.Action;
import java.util.List;

/**
 * A version as a reader sees it: the entry, the model's owner, what the workflow allows next, and the reviews' outcome.
 *
 * @param entry   the version, its state and current revision
 * @param owner   the user who created the model (authors act only on models they own)
 * @param allowed the actions the workflow allows in the version's state, in table order (whoever may do them)
 * @param outcome what the approval policy makes of the current revision's reviews; null before the first upload
 */
public record VersionView(VersionEntry entry, String owner, List<Action> allowed, ReviewOutcome outcome) {
    /** Copies the actions. */
    public VersionView {
        allowed = List.copyOf(allowed);
    }
}
