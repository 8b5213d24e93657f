package io.modelcards.tribuo;

import io.modelcards.capture.citation.BundledCitations;
import io.modelcards.card.Citation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The works a Tribuo run builds on, found from its settings: Tribuo itself, then each component class the trainer
 * was configured with that has a bundled citation (the optimiser, the objective, the SGD trainer).
 */
final class TribuoCitations {
    /** Tribuo component classes by simple name, and the bundled citation each stands for. */
    private static final Map<String, String> BY_CLASS = Map.of(
            "AdaGrad", "adagrad",
            "Adam", "adam",
            "LogMulticlass", "logistic-regression",
            "LogisticRegressionTrainer", "logistic-regression",
            "LinearSGDTrainer", "sgd");

    private TribuoCitations() {}

    static List<Citation> of(Map<String, Object> settings) {
        Set<String> components = new LinkedHashSet<>();
        components.add("tribuo");
        collect(settings, components);
        List<Citation> out = new ArrayList<>();
        for (String c : components) {
            BundledCitations.of(c).ifPresent(out::add);
        }
        return out;
    }

    private static void collect(Object value, Set<String> into) {
        if (value instanceof Map<?, ?> m) {
            Object cls = m.get("class");
            if (cls instanceof String name) {
                String simple = name.substring(name.lastIndexOf('.') + 1);
                String component = BY_CLASS.get(simple);
                if (component != null) {
                    into.add(component);
                }
            }
            m.values().forEach(v -> collect(v, into));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, into));
        }
    }
}
