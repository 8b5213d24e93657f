package io.modelcards.staleness;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.Evaluation;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.Origin;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.edit.CardEdit;
import java.util.List;

/** A retrained card's facts and human texts, for the staleness tests. */
final class StaleCards {
    static final String IMDB_V1 = "sha256:a0f5c3d2e1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4";
    static final String IMDB_V2 = "sha256:9c1e0d2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d";
    static final Origin.Human ANA = new Origin.Human("ana", "README.md", "2026-12-01T09:00:00Z");

    private StaleCards() {}

    /** A captured card: model sentiment 1.0, training data imdb, accuracy 0.867 (primary) and f1 0.85. */
    static ModelCard captured() {
        return ModelCardBuilder.builder()
                .details(ModelDetails.EMPTY.withName("sentiment").withVersion("1.0").withArtifact("sha256:1111aaaa"))
                .datasets(List.of(dataset("imdb", "training", IMDB_V1), dataset("sst2", "evaluation", "sha256:5555eeee")))
                .evaluation(Evaluation.EMPTY.withQuantitative(List.of(result("accuracy", 0.867, true), result("f1", 0.85, false))))
                .build();
    }

    /** {@link #captured()} with two texts ana wrote, one about people (never stale). */
    static ModelCard documented() throws InvalidInputException {
        ModelCard c = CardEdit.set(captured(), "/uses/direct_use", "Sort product reviews by sentiment.", ANA);
        c = CardEdit.set(c, "/considerations/bias_risks_limitations", "English reviews only.", ANA);
        return CardEdit.set(c, "/details/contact", "ml@example.org", ANA);
    }

    static DatasetInfo dataset(String name, String role, String hash) {
        return DatasetInfoBuilder.builder().name(name).role(role).contentHash(hash).build();
    }

    static QuantitativeResult result(String metric, double value, boolean primary) {
        return QuantitativeResultBuilder.builder().metric(metric).value(value).dataset("sst2").split("test").primary(primary).build();
    }
}
