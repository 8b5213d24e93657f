package io.modelcards.capture.internal.evaluation;

import io.modelcards.card.EvalResult;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.QuantitativeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps whole-dataset results into {@code model-index} entries with huggingface_hub's {@code EvalResult} fields:
 * task type and name, dataset type and name (the dataset id), split, metric type (the lower-case metric id) and value.
 * Slice results stay out: model-index has no place for them. Without a task type there is no valid entry, so none
 * is made.
 */
public final class ModelIndex {
    private ModelIndex() {}

    /** The model-index entries for {@code results} under {@code taskType} (e.g. "text-classification"). */
    public static List<EvalResult> evalResults(List<QuantitativeResult> results, String taskType, String taskName) {
        List<EvalResult> out = new ArrayList<>();
        if (taskType == null || taskType.isBlank()) {
            return out;
        }
        for (QuantitativeResult r : results) {
            if (!r.slice().isEmpty() || r.dataset() == null) {
                continue;
            }
            String type = r.metric().toLowerCase(Locale.ROOT).replace(' ', '_');
            out.add(EvalResultBuilder.builder().taskType(taskType).taskName(taskName).datasetType(r.dataset()).datasetName(r.dataset())
                    .datasetSplit(r.split()).metricType(type).metricValue(r.value())
                    .metricName(type.equals(r.metric()) ? null : r.metric()).build());
        }
        return out;
    }
}
