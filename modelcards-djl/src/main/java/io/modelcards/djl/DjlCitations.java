package io.modelcards.djl;

import ai.djl.training.TrainingConfig;
import io.modelcards.capture.citation.BundledCitations;
import io.modelcards.card.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The works a DJL run builds on: DJL itself, then the optimizer when modelcards bundles an entry for it. */
final class DjlCitations {
    /** DJL has no paper; its project page is the reference its maintainers point to. */
    static final Citation DJL = new Citation("djl", """
            @misc{djl,
              title        = {{Deep Java Library (DJL)}},
              author       = {{Amazon Web Services}},
              year         = {2019},
              howpublished = {\\url{https://djl.ai}},
              note         = {Apache License 2.0}
            }""", null, "djl");

    /** DJL optimizer classes by simple name, and the bundled citation each stands for. */
    private static final Map<String, String> BY_OPTIMIZER = Map.of(
            "Adam", "adam",
            "Adagrad", "adagrad",
            "Sgd", "sgd");

    private DjlCitations() {}

    static List<Citation> of(TrainingConfig config) {
        List<Citation> out = new ArrayList<>();
        out.add(DJL);
        if (config != null && config.getOptimizer() != null) {
            String component = BY_OPTIMIZER.get(config.getOptimizer().getClass().getSimpleName());
            if (component != null) {
                BundledCitations.of(component).ifPresent(out::add);
            }
        }
        return out;
    }
}
