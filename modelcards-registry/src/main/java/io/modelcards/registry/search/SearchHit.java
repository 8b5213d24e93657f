package io.modelcards.registry.search;

import io.modelcards.card.RiskRating;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.workflow.State;
import java.time.Instant;

/**
 * One version found by a search, described by its current revision (a version is found once, by its current card).
 *
 * @param model         the model's name in the registry
 * @param version       the version
 * @param state         the version's workflow state now
 * @param revision      the content hash of the version's current card, the one that matched
 * @param primaryMetric the card's headline result, or null when it states none
 * @param risk          the card's risk rating
 * @param completeness  the card's completeness score, 0 to 100
 * @param staleCount    how many of the card's human fields are stale
 * @param updatedAt     when this revision became the version's current card
 */
public record SearchHit(String model, String version, State state, ContentHash revision, Metric primaryMetric, RiskRating risk,
        int completeness, int staleCount, Instant updatedAt) {

    /**
     * A metric result as the card states it.
     *
     * @param type    the metric type, e.g. {@code accuracy}
     * @param value   its value
     * @param dataset the dataset it was measured on, or null
     * @param split   the split, or null
     */
    public record Metric(String type, double value, String dataset, String split) {}
}
