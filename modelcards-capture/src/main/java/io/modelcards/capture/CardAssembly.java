package io.modelcards.capture;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Evaluation;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.Metadata;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.Training;
import io.modelcards.card.TrainingBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Builds the immutable card from a recorder's state; a section's provenance is recorded only when it was captured. */
final class CardAssembly {
    private CardAssembly() {}

    static ModelCard assemble(CardRecorder r) {
        Map<String, Origin> origins = new LinkedHashMap<>();
        List<QuantitativeResult> results = r.results();
        List<EvalResult> evalResults = r.evalResults(results);
        List<DatasetInfo> datasets = r.datasets();
        var citations = r.citations();

        ModelDetails details = ModelDetailsBuilder.builder().name(r.modelName()).modelType(r.modelType()).artifact(r.artifact())
                .citations(citations).build();
        origins.put("/details/name", auto("init"));
        if (r.artifact() != null) {
            origins.put("/details/artifact", auto("model-saved"));
        }
        if (r.modelType() != null) {
            origins.put("/details/model_type", auto("init"));
        }
        if (!citations.isEmpty()) {
            origins.put("/details/citations", auto("citations"));
        }

        LinkedHashSet<String> datasetIds = new LinkedHashSet<>();
        // Hugging Face's "datasets" lists what the model was trained on.
        datasets.stream().filter(d -> d.role() == null || d.role().startsWith("train")).forEach(d -> datasetIds.add(d.name()));
        LinkedHashSet<String> metrics = new LinkedHashSet<>();
        evalResults.forEach(e -> metrics.add(e.metricType()));
        Metadata metadata = MetadataBuilder.builder().datasets(new ArrayList<>(datasetIds)).metrics(new ArrayList<>(metrics))
                .pipelineTag(r.taskType()).modelName(evalResults.isEmpty() ? null : r.modelName()).evalResults(evalResults).build();
        if (!datasets.isEmpty()) {
            origins.put("/datasets", auto("init"));
            origins.put("/metadata/datasets", auto("init"));
        }
        if (!evalResults.isEmpty()) {
            origins.put("/metadata/eval_results", auto("evaluate"));
            origins.put("/metadata/metrics", auto("evaluate"));
            origins.put("/metadata/model_name", auto("init"));
        }
        if (r.taskType() != null) {
            origins.put("/metadata/pipeline_tag", auto("init"));
        }

        var hyperparameters = r.hyperparameters();
        var log = r.log();
        Training training = TrainingBuilder.builder().hyperparameters(hyperparameters).log(log).build();
        if (r.trainBegun()) {
            origins.put("/training/hyperparameters", auto("hyperparameters"));
        }
        if (!log.isEmpty()) {
            origins.put("/training/log", auto("log"));
        }
        Evaluation evaluation = EvaluationBuilder.builder().quantitative(results).build();
        if (!results.isEmpty()) {
            origins.put("/evaluation/quantitative", auto("evaluate"));
        }
        return ModelCard.empty().withMetadata(metadata).withDetails(details).withTraining(training)
                .withEvaluation(evaluation).withDatasets(datasets).withProvenance(new Provenance(origins));
    }

    private static Origin auto(String what) {
        return new Origin.Auto("capture:" + what);
    }
}
