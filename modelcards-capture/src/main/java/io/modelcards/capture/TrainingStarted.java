package io.modelcards.capture;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Training started.
 *
 * @param hyperparameters the values used, possibly nested; declaration order is kept
 * @param defaults        the trainer's declared defaults, same shape; a value equal to its default is not "non-default"
 */
public record TrainingStarted(Map<String, ?> hyperparameters, Map<String, ?> defaults) {
    public TrainingStarted {
        hyperparameters = ordered(hyperparameters);
        defaults = ordered(defaults);
    }

    private static Map<String, ?> ordered(Map<String, ?> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
