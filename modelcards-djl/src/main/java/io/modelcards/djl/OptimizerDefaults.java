package io.modelcards.djl;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * DJL's declared defaults for an optimizer, read from an optimizer its own builder makes with nothing set, so the
 * card can tell the values a user changed. Where DJL declares no default (SGD's learning rate), there is none here.
 */
final class OptimizerDefaults {
    /** The learning rate SGD's builder requires; it is removed again, because DJL declares no default for it. */
    private static final float NO_DEFAULT = 0.5f;

    private static final Map<String, Supplier<Optimizer>> BUILT_EMPTY = Map.of(
            "ai.djl.training.optimizer.Adam", () -> Optimizer.adam().build(),
            "ai.djl.training.optimizer.AdamW", () -> Optimizer.adamW().build(),
            "ai.djl.training.optimizer.Adagrad", () -> Optimizer.adagrad().build(),
            "ai.djl.training.optimizer.Adadelta", () -> Optimizer.adadelta().build(),
            "ai.djl.training.optimizer.RmsProp", () -> Optimizer.rmsprop().build(),
            "ai.djl.training.optimizer.Sgd",
            () -> Optimizer.sgd().setLearningRateTracker(Tracker.fixed(NO_DEFAULT)).build());

    private OptimizerDefaults() {}

    /** The defaults of {@code optimizer}'s class as a settings map, or an empty map when DJL offers none. */
    static Map<String, Object> of(Optimizer optimizer) {
        Supplier<Optimizer> empty = BUILT_EMPTY.get(optimizer.getClass().getName());
        if (empty == null) {
            return Map.of();
        }
        Map<String, Object> out;
        try {
            out = new LinkedHashMap<>(OptimizerSettings.of(empty.get()));
        } catch (RuntimeException builderChanged) {
            // A DJL version whose builder needs more than it did: no defaults rather than wrong ones.
            return Map.of();
        }
        if (optimizer.getClass().getName().endsWith(".Sgd")) {
            out.remove("learningRateTracker");
        }
        return out;
    }
}
