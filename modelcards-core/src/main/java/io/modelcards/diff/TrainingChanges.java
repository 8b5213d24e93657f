package io.modelcards.diff;

import java.util.List;

/**
 * What changed in how the model was trained.
 *
 * @param hyperparameters hyperparameters added, removed or changed, by their dotted names
 * @param curve           every metric either training log holds, with final and best values old and new
 */
public record TrainingChanges(List<KeyChange> hyperparameters, List<CurveChange> curve) {
    /** Keeps unmodifiable copies. */
    public TrainingChanges {
        hyperparameters = List.copyOf(hyperparameters);
        curve = List.copyOf(curve);
    }
}
