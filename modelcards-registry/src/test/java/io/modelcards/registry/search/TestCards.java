package io.modelcards.registry.search;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.card.RiskRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cards for search tests, built fact by fact from an empty card. */
final class TestCards {
    private ModelCard card = ModelCard.empty();

    private TestCards(String text) {
        card = card.withDetails(card.details().withName("card").withVersion("1.0").withSummary(text));
    }

    /** A card whose summary is {@code text}. */
    static TestCards card(String text) {
        return new TestCards(text);
    }

    TestCards tags(String... tags) {
        card = card.withMetadata(card.metadata().withTags(List.of(tags)));
        return this;
    }

    TestCards license(String license) {
        card = card.withMetadata(card.metadata().withLicense(license));
        return this;
    }

    TestCards baseModel(String base) {
        card = card.withMetadata(card.metadata().withBaseModel(List.of(base)));
        return this;
    }

    TestCards risk(RiskRating risk) {
        card = card.withGovernance(card.governance().withRisk(risk));
        return this;
    }

    TestCards dataset(String name, String contentHash) {
        List<DatasetInfo> all = new ArrayList<>(card.datasets());
        all.add(DatasetInfoBuilder.builder().name(name).role("training").contentHash(contentHash).build());
        card = card.withDatasets(all);
        return this;
    }

    TestCards metric(String type, double value, String dataset, String split) {
        return result(QuantitativeResultBuilder.builder().metric(type).value(value).dataset(dataset).split(split).build());
    }

    TestCards slicedMetric(String type, double value, String dataset) {
        return result(QuantitativeResultBuilder.builder().metric(type).value(value).dataset(dataset).slice(Map.of("label", "a")).build());
    }

    private TestCards result(QuantitativeResult r) {
        List<QuantitativeResult> all = new ArrayList<>(card.evaluation().quantitative());
        all.add(r);
        card = card.withEvaluation(card.evaluation().withQuantitative(all));
        return this;
    }

    /** The direct use written by a person against version 0.9 of the model, so stale now that the card says 1.0. */
    TestCards staleUse(String text) {
        card = card.withUses(card.uses().withDirectUse(text));
        Facts before = new Facts("card", "0.9", null, Map.of(), Map.of());
        card = card.withProvenance(card.provenance().with("/uses/direct_use",
                new Origin.Human("ann", "README.md", "2026-01-01T00:00:00Z").withBasis(before)));
        return this;
    }

    ModelCard build() {
        return card;
    }
}
