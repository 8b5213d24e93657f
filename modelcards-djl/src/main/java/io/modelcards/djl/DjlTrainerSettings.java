package io.modelcards.djl;

import ai.djl.Device;
import ai.djl.nn.Parameter;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import ai.djl.training.evaluator.Evaluator;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The hyperparameters of a DJL run as a nested map with stable keys: loss, evaluators and devices from the trainer;
 * optimizer and initializers from the training config when the adapter was given it (a DJL trainer does not expose
 * its config); then the values the caller added, such as the batch size and the number of epochs.
 */
final class DjlTrainerSettings {
    private DjlTrainerSettings() {}

    /** DJL's declared defaults in the same shape: the optimizer's, when the config names one. */
    static Map<String, Object> defaults(TrainingConfig config) {
        if (config == null || config.getOptimizer() == null) {
            return Map.of();
        }
        Map<String, Object> d = OptimizerDefaults.of(config.getOptimizer());
        return d.isEmpty() ? Map.of() : Map.of("optimizer", d);
    }

    static Map<String, Object> of(Trainer trainer, TrainingConfig config, Map<String, ?> extra) {
        Map<String, Object> out = new LinkedHashMap<>();
        Loss loss = trainer.getLoss();
        if (loss != null) {
            out.put("loss", component(loss));
        }
        List<String> evaluators = new ArrayList<>();
        for (Evaluator e : trainer.getEvaluators()) {
            if (loss == null || e != loss) {
                evaluators.add(e.getName());
            }
        }
        out.put("evaluators", evaluators);
        List<String> devices = new ArrayList<>();
        for (Device d : trainer.getDevices()) {
            devices.add(d.toString());
        }
        out.put("devices", devices);
        if (config != null) {
            if (config.getOptimizer() != null) {
                out.put("optimizer", OptimizerSettings.of(config.getOptimizer()));
            }
            List<String> initializers = new ArrayList<>();
            for (Pair<Initializer, Predicate<Parameter>> p : config.getInitializers()) {
                initializers.add(p.getKey().getClass().getName());
            }
            if (!initializers.isEmpty()) {
                out.put("initializers", initializers);
            }
        }
        out.putAll(extra);
        return out;
    }

    private static Map<String, Object> component(Evaluator e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.getName());
        m.put("class", e.getClass().getName());
        return m;
    }
}
