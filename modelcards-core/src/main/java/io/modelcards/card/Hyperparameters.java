package io.modelcards.card;

import java.util.List;
import java.util.Map;

/**
 * Training hyperparameters, flattened to stable dotted names.
 *
 * @param all        every hyperparameter and its value, in declaration order; redacted values read {@code "<redacted>"}
 * @param nonDefault names of the hyperparameters whose value differs from the trainer's declared default
 * @param redacted   names whose values were redacted because they looked like secrets
 */
public record Hyperparameters(Map<String, Object> all, List<String> nonDefault, List<String> redacted) {
    public static final Hyperparameters EMPTY = new Hyperparameters(null, null, null);

    public Hyperparameters {
        all = Lists.copy(all);
        nonDefault = Lists.copy(nonDefault);
        redacted = Lists.copy(redacted);
    }
}
