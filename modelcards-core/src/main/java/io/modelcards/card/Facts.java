package io.modelcards.card;

import java.util.List;
import java.util.Map;

/**
 * The facts a person's text was written against: the model's identity, the content hashes of its datasets and the values
 * of its primary metrics (since 1.3). When a card's facts no longer match the ones a text recorded, the text may no longer
 * hold: {@code io.modelcards.staleness.Staleness} calls it stale and says which fact changed.
 *
 * <p>{@link #of(ModelCard)} computes a card's facts; the rules that pick the datasets and metrics are in {@link CardFacts}.
 *
 * @param model    the model's name ({@code details.name}), or null
 * @param version  the model's version ({@code details.version}), or null
 * @param artifact the content hash of the saved model ({@code details.artifact}), or null
 * @param datasets content hash by dataset, for the datasets that have one
 * @param metrics  value by primary metric
 */
public record Facts(
        String model,
        String version,
        String artifact,
        Map<String, String> datasets,
        Map<String, Double> metrics) {

    public Facts {
        datasets = Lists.copy(datasets);
        metrics = Lists.copy(metrics);
    }

    /**
     * The key under which {@link #datasets()} holds each of {@code datasets}, in their order: the name, qualified by
     * split (else role) where two share a name.
     */
    public static List<String> datasetKeys(List<DatasetInfo> datasets) {
        return CardFacts.datasetKeys(datasets);
    }

    /**
     * The name a card gives its model: {@code details.name}, else the model-index name; null when it names none (a blank
     * name counts as none). Merge and diff use it to tell whether two cards describe the same model.
     */
    public static String modelName(ModelCard card) {
        String n = blankToNull(card.details().name());
        return n != null ? n : blankToNull(card.metadata().modelName());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The facts {@code card} states now. */
    public static Facts of(ModelCard card) {
        return CardFacts.of(card);
    }
}
