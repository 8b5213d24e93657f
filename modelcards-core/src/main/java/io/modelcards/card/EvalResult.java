package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One evaluation result: one metric of one task on one dataset, with every field of huggingface_hub's
 * {@code EvalResult}. A list of these is what {@code model-index} flattens to.
 *
 * <p>{@code metricValue} is a number or a string, as in the YAML. {@code datasetArgs} and
 * {@code metricArgs} are usually mappings, but huggingface_hub accepts any value and the Trainer writes a bare
 * config name ({@code args: default}), so they hold whatever was written: a map, a string or a number.
 * {@code sourceName} requires {@code sourceUrl}.
 *
 * <p>{@link EvalResultBuilder} builds one by naming each value; {@code withMetricValue(…)} and the other withers change one value.
 */
// An empty string is a value written in the README, so only null is left out of JSON.
@JsonInclude(JsonInclude.Include.NON_NULL)
@RecordBuilder
public record EvalResult(
        String taskType,
        String taskName,
        String datasetType,
        String datasetName,
        String datasetConfig,
        String datasetSplit,
        String datasetRevision,
        Object datasetArgs,
        String metricType,
        Object metricValue,
        String metricName,
        String metricConfig,
        Object metricArgs,
        Boolean verified,
        String verifyToken,
        String sourceName,
        String sourceUrl) implements EvalResultBuilder.With {

    public EvalResult {
        datasetArgs = args(datasetArgs);
        metricArgs = args(metricArgs);
    }

    @SuppressWarnings("unchecked")
    private static Object args(Object a) {
        return a instanceof Map<?, ?> m ? Lists.copy((Map<String, Object>) m) : a;
    }

    /**
     * The key results are grouped by in {@code model-index}, exactly huggingface_hub's {@code unique_identifier}: task
     * type, dataset type, config, split and revision. Results with equal keys share one entry; the entry's task name,
     * dataset name, args and source are those of its first result.
     */
    public List<String> groupKey() {
        return Arrays.asList(taskType, datasetType, datasetConfig, datasetSplit, datasetRevision);
    }
}
