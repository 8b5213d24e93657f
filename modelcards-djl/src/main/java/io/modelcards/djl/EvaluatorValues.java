package io.modelcards.djl;

import ai.djl.training.Trainer;
import ai.djl.training.evaluator.Evaluator;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.loss.Loss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values a trainer's evaluators have accumulated for one stage, the way DJL's own logging listener does:
 * {@link EvaluatorTrainingListener} owns the accumulators, and this class only looks at them.
 */
final class EvaluatorValues {
    private EvaluatorValues() {}

    /** The loss first, then the other evaluators, each once: DJL adds the loss to the evaluators itself. */
    static List<Evaluator> of(Trainer trainer) {
        List<Evaluator> out = new ArrayList<>();
        Loss loss = trainer.getLoss();
        if (loss != null) {
            out.add(loss);
        }
        for (Evaluator e : trainer.getEvaluators()) {
            if (out.stream().noneMatch(seen -> seen.getName().equals(e.getName()))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Evaluator name to its accumulated value for {@code stage} (one of {@link EvaluatorTrainingListener}'s keys).
     * An evaluator without that accumulator, or with nothing accumulated yet (NaN), is left out: it happens when no
     * {@link EvaluatorTrainingListener} runs, and a card must not show invented numbers.
     */
    static Map<String, Double> read(Trainer trainer, String stage) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Evaluator e : of(trainer)) {
            try {
                float v = e.getAccumulator(stage);
                if (Float.isFinite(v)) {
                    out.put(e.getName(), (double) v);
                }
            } catch (RuntimeException missing) {
                // DJL throws IllegalArgumentException (or NPE in some evaluators) for an accumulator never added.
            }
        }
        return out;
    }

    /** The same values named the way DJL names them in its metrics, e.g. {@code train_epoch_Accuracy}. */
    static Map<String, Double> named(Trainer trainer, String stage, Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Evaluator e : of(trainer)) {
            Double v = values.get(e.getName());
            if (v != null) {
                out.put(EvaluatorTrainingListener.metricName(e, stage), v);
            }
        }
        return out;
    }
}
