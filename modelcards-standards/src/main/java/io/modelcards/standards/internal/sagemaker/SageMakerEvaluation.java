package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.standards.internal.mct.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SageMaker's evaluation details: one evaluation per dataset and split, one metric group per slice, one simple
 * metric per value, the rest of each value (evaluator, interval, direction, primary) in its notes.
 */
final class SageMakerEvaluation {
    static final int NAME = 63;
    static final int METRIC_NAME = 255;
    static final String WHOLE = "all";
    /** The name of the evaluation of values with neither dataset nor split. */
    static final String NO_DATASET = "evaluation";

    private SageMakerEvaluation() {}

    static ArrayNode evaluations(List<QuantitativeResult> results, Fit fit) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        Map<String, ObjectNode> evaluations = new LinkedHashMap<>();
        Map<String, ArrayNode> groups = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            QuantitativeResult q = results.get(i);
            String pointer = "/evaluation/quantitative/" + i;
            if (q.metric() == null || q.metric().isEmpty() || q.metric().length() > METRIC_NAME) {
                fit.leaveOut(pointer, "left out: SageMaker metric names are 1 to " + METRIC_NAME + " characters");
                continue;
            }
            if (Double.isNaN(q.value()) || Double.isInfinite(q.value())) {
                fit.leaveOut(pointer + "/value", "left out: SageMaker metric values are finite numbers");
                continue;
            }
            String evaluation = fit.cut(evaluationName(q), NAME, pointer + "/dataset", "evaluation name");
            ObjectNode e = evaluations.computeIfAbsent(evaluation, n -> {
                ObjectNode x = out.addObject().put("name", n);
                // The name joins dataset and split for people; metadata keeps them apart for reading back.
                ObjectNode meta = x.putObject("metadata");
                if (q.dataset() != null) {
                    meta.put("dataset", fit.cut(q.dataset(), SageMakerSections.SHORT, pointer + "/dataset", "metadata value"));
                }
                if (q.split() != null) {
                    meta.put("split", fit.cut(q.split(), SageMakerSections.SHORT, pointer + "/split", "metadata value"));
                }
                x.putArray("metric_groups");
                return x;
            });
            String slice = q.slice().isEmpty() ? WHOLE : slice(q.slice());
            String group = fit.cut(slice, NAME, pointer + "/slice", "metric group name");
            ArrayNode data = groups.computeIfAbsent(evaluation + "\u0000" + group, k -> {
                ObjectNode g = ((ArrayNode) e.get("metric_groups")).addObject().put("name", group);
                return g.putArray("metric_data");
            });
            ObjectNode m = data.addObject().put("name", q.metric()).put("type", "number").put("value", q.value());
            String notes = notes(q);
            if (!notes.isEmpty()) {
                m.put("notes", fit.cut(notes, SageMakerSections.SHORT, pointer + "/evaluator", "metric notes"));
            }
            fit.droppable(m, Fit.DROP_FIRST, pointer);
        }
        return out;
    }

    /** {@code dataset/split}, or whichever of the two there is, or "evaluation". */
    static String evaluationName(QuantitativeResult q) {
        boolean dataset = q.dataset() != null && !q.dataset().isEmpty();
        boolean split = q.split() != null && !q.split().isEmpty();
        if (dataset && split) {
            return q.dataset() + "/" + q.split();
        }
        return dataset ? q.dataset() : split ? "/" + q.split() : NO_DATASET;
    }

    static String slice(Map<String, String> slice) {
        return slice.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The value's other facts as {@code key=value; …}; {@link SageMakerImporter} reads them back. */
    static String notes(QuantitativeResult q) {
        Map<String, String> m = new LinkedHashMap<>();
        if (q.evaluator() != null) {
            m.put("evaluator", q.evaluator());
        }
        if (q.ciLow() != null) {
            m.put("ci_low", Numbers.text(q.ciLow()));
        }
        if (q.ciHigh() != null) {
            m.put("ci_high", Numbers.text(q.ciHigh()));
        }
        if (q.ciLevel() != null) {
            m.put("ci_level", Numbers.text(q.ciLevel()));
        }
        if (q.higherIsBetter() != null) {
            m.put("higher_is_better", q.higherIsBetter().toString());
        }
        if (q.primary()) {
            m.put("primary", "true");
        }
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
