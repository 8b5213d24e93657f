package io.modelcards.capture;

import java.util.Map;

/**
 * Training starts.
 *
 * @param hyperparameters the values used, possibly nested; declaration order is kept
 * @param defaults        the trainer's declared defaults, same shape; a value equal to its default is not "non-default"
 */
public record TrainBegin(Map<String, ?> hyperparameters, Map<String, ?> defaults) {
    public TrainBegin {
        hyperparameters = ordered(hyperparameters);
        defaults = ordered(defaults);
    }

    private static Map<String, ?> ordered(Map<String, ?> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }
}
