package io.modelcards.server.ui.view;

import java.util.List;

/**
 * The summary panel beside a card: its key facts, datasets, evaluation results, completeness and stale fields.
 *
 * @param state        the version's workflow state
 * @param revision     the card's content hash
 * @param facts        licence, task, library, base model and risk rating, in that order
 * @param datasets     the card's datasets
 * @param metrics      its evaluation results (the typed results, or the model-index's when it has none)
 * @param completeness the overall completeness score, 0 to 100
 * @param sections     the completeness of each section, in card order
 * @param stale        the stale fields
 */
public record CardSummary(String state, String revision, List<Fact> facts, List<DatasetRow> datasets, List<MetricRow> metrics,
                          int completeness, List<SectionScore> sections, List<StaleRow> stale) {
    /** Copies the lists. */
    public CardSummary {
        facts = List.copyOf(facts);
        datasets = List.copyOf(datasets);
        metrics = List.copyOf(metrics);
        sections = List.copyOf(sections);
        stale = List.copyOf(stale);
    }
}
