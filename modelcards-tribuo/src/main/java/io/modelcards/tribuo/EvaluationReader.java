package io.modelcards.tribuo;

import io.modelcards.capture.Evaluated;
import io.modelcards.capture.SliceMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;

/**
 * Reads a Tribuo {@link LabelEvaluation} into the recorder's {@link Evaluated} event: headline metrics, per-label
 * metrics as slices ({@code label = X}), and per-example correctness so the card can carry a bootstrap
 * confidence interval for accuracy. Nothing is copied by hand.
 */
final class EvaluationReader {
    private EvaluationReader() {}

    static Evaluated read(LabelEvaluation e, long step, String dataset, String split) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", e.accuracy());
        metrics.put("macro_f1", e.macroAveragedF1());
        metrics.put("macro_precision", e.macroAveragedPrecision());
        metrics.put("macro_recall", e.macroAveragedRecall());
        metrics.put("balanced_error_rate", e.balancedErrorRate());
        List<Label> labels = new ArrayList<>(e.getConfusionMatrix().getDomain().getDomain());
        labels.sort((a, b) -> a.getLabel().compareTo(b.getLabel()));
        List<SliceMetrics> slices = new ArrayList<>();
        for (Label l : labels) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("precision", e.precision(l));
            m.put("recall", e.recall(l));
            m.put("f1", e.f1(l));
            m.put("support", e.tp(l) + e.fn(l));
            slices.add(new SliceMetrics(Map.of("label", l.getLabel()), m));
        }
        List<Prediction<Label>> predictions = e.getPredictions();
        double[] correct = new double[predictions.size()];
        for (int i = 0; i < correct.length; i++) {
            Prediction<Label> p = predictions.get(i);
            correct[i] = p.getOutput().getLabel().equals(p.getExample().getOutput().getLabel()) ? 1.0 : 0.0;
        }
        return new Evaluated(step, "LabelEvaluator", dataset, split, metrics, "accuracy",
                Map.of("balanced_error_rate", false), Map.of("accuracy", correct), slices);
    }
}
