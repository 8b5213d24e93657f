package io.modelcards.card;

import java.util.Map;

/**
 * One evaluation result: one metric of one task on one dataset, with every field of huggingface_hub's
 * {@code EvalResult}. A list of these is what {@code model-index} flattens to.
 *
 * <p>{@code metricValue} is a number or a string, as in the YAML. {@code datasetArgs} and
 * {@code metricArgs} are free-form mappings. {@code sourceName} requires {@code sourceUrl}.
 */
public record EvalResult(
        String taskType,
        String taskName,
        String datasetType,
        String datasetName,
        String datasetConfig,
        String datasetSplit,
        String datasetRevision,
        Map<String, Object> datasetArgs,
        String metricType,
        Object metricValue,
        String metricName,
        String metricConfig,
        Map<String, Object> metricArgs,
        Boolean verified,
        String verifyToken,
        String sourceName,
        String sourceUrl) {

    public EvalResult {
        datasetArgs = datasetArgs == null ? null : Lists.copy(datasetArgs);
        metricArgs = metricArgs == null ? null : Lists.copy(metricArgs);
    }

    /**
     * The key results are grouped by in {@code model-index}, exactly huggingface_hub's {@code unique_identifier}: task
     * type, dataset type, config, split and revision. Results with equal keys share one entry; the entry's task name,
     * dataset name, args and source are those of its first result.
     */
    public java.util.List<String> groupKey() {
        return java.util.Arrays.asList(taskType, datasetType, datasetConfig, datasetSplit, datasetRevision);
    }
}
