package io.modelcards.standards.internal.sagemaker;

import io.modelcards.card.ConsiderationsBuilder;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.GovernanceBuilder;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.IntendedUseBuilder;
import io.modelcards.card.LogEntry;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.TrainingBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The part of a card that SageMaker content carries, by the mapping: what a round trip must keep exactly. */
final class CarriedBySageMaker {
    private static final Set<String> OWN_KEYS = Set.of("model_name", "model_version", "license");

    private CarriedBySageMaker() {}

    static ModelCard of(ModelCard c) {
        ModelDetails d = c.details();
        Map<String, Object> custom = new LinkedHashMap<>();
        c.governance().customFields().forEach((k, v) -> {
            if (v != null && !OWN_KEYS.contains(k)) {
                custom.put(k, v instanceof String s ? s : SageMakerSections.json(v));
            }
        });
        Map<String, Object> hps = new LinkedHashMap<>();
        c.training().hyperparameters().all().forEach((k, v) -> hps.put(k, v == null ? null
                : HyperparameterText.read(HyperparameterText.write(v))));
        List<LogEntry> log = c.training().log().isEmpty() ? List.of() : List.of(last(c.training().log()));
        return ModelCardBuilder.builder()
                .metadata(MetadataBuilder.builder().license(c.metadata().license()).build())
                .details(ModelDetailsBuilder.builder().name(d.name()).version(d.version()).summary(d.summary())
                        .developers(d.developers()).owners(d.owners()).artifact(d.artifact()).architecture(d.architecture())
                        .modelType(d.modelType()).build())
                .uses(IntendedUseBuilder.builder().directUse(c.uses().directUse()).build())
                .governance(GovernanceBuilder.builder().risk(c.governance().risk()).riskRationale(c.governance().riskRationale())
                        .businessContext(c.governance().businessContext()).customFields(custom).build())
                .considerations(ConsiderationsBuilder.builder().caveats(c.considerations().caveats())
                        .ethicalConsiderations(c.considerations().ethicalConsiderations()).build())
                .training(TrainingBuilder.builder().procedure(c.training().procedure())
                        .hyperparameters(new Hyperparameters(hps, null, null)).log(log).build())
                .datasets(c.datasets().stream().filter(x -> x.sourceUri() != null && !"evaluation".equals(x.role()))
                        .map(x -> DatasetInfoBuilder.builder().name(x.sourceUri()).role("training").sourceUri(x.sourceUri()).build())
                        .toList())
                .evaluation(EvaluationBuilder.builder().quantitative(c.evaluation().quantitative()).build())
                .build();
    }

    private static LogEntry last(List<LogEntry> log) {
        LogEntry e = log.get(log.size() - 1);
        return new LogEntry(e.step(), e.epoch(), e.metrics(), false);
    }
}
