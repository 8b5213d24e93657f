package io.modelcards.edit;

import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.GovernanceBuilder;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.TrainingBuilder;
import java.util.List;
import java.util.Map;

/** A small card with a value of each kind an edit can reach, and the origins the tests record. */
final class EditFixtures {
    static final Origin.Human ALICE = new Origin.Human("alice", null, "2026-12-05T22:08:15Z");
    static final Origin TRIBUO = new Origin.Auto("capture:tribuo");
    static final Origin IMPORT = new Origin.Auto("import:tags");

    private EditFixtures() {}

    static ModelCard card() {
        return ModelCard.empty()
                .withMetadata(MetadataBuilder.builder().license("mit").tags(List.of("a", "b", "c")).build())
                .withDetails(ModelDetailsBuilder.builder().name("acme/model")
                        .owners(List.of(new ModelDetails.Owner("Ann", "ann@example.org"))).build())
                .withTraining(TrainingBuilder.builder()
                        .hyperparameters(new Hyperparameters(Map.of("lr", 0.1), List.of("lr"), List.of())).build())
                .withDatasets(List.of(DatasetInfoBuilder.builder().name("imdb")
                        .statistics(DatasetStatisticsBuilder.builder().method("exact").rows(10).build()).build()))
                .withGovernance(GovernanceBuilder.builder().customFields(Map.of("team", "search")).build())
                .withProvenance(Provenance.EMPTY.with("/training/hyperparameters", TRIBUO)
                        .with("/training/hyperparameters/all/lr", TRIBUO)
                        .with("/metadata/tags/1", IMPORT)
                        .with("/metadata/tags/2", TRIBUO)
                        .with("/metadata/tags/2/x", TRIBUO));
    }
}
