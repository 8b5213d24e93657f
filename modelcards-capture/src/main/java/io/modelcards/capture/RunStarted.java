package io.modelcards.capture;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.Lists;
import java.util.List;
import java.util.Map;

/**
 * The run started: the model trained, the datasets it sees and the run's configuration.
 *
 * @param modelName model id or display name, or null to keep the recorder's
 * @param modelType kind of model, e.g. "text classifier", or null
 * @param datasets  datasets with their role ("training", "evaluation") and identity
 * @param config    run configuration (nested maps, lists and records are flattened); it joins the hyperparameters
 */
public record RunStarted(String modelName, String modelType, List<DatasetInfo> datasets, Map<String, ?> config) {
    public RunStarted {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        config = Lists.copy(config);
    }
}
