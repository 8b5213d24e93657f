package io.modelcards.capture;

import io.modelcards.card.Lists;
import java.util.Map;

/**
 * Training started.
 *
 * @param hyperparameters the values used, possibly nested; declaration order is kept
 * @param defaults        the trainer's declared defaults, same shape; a value equal to its default is not "non-default"
 */
public record TrainingStarted(Map<String, ?> hyperparameters, Map<String, ?> defaults) {
    public TrainingStarted {
        hyperparameters = Lists.copy(hyperparameters);
        defaults = Lists.copy(defaults);
    }
}
