package io.modelcards.server.ui.view;

import java.util.List;

/**
 * The compare page: the From/To selectors and, once two cards are chosen, their semantic diff and the text diff of
 * their README.md renderings.
 *
 * @param chrome    the layout's data
 * @param model     the model's name
 * @param modelHref the model page's URL
 * @param from      the From selector's options (the model's versions, and a revision hash when one was asked for)
 * @param to        the To selector's options
 * @param message   why there is nothing to compare yet, or null when there is a diff
 * @param fromLabel what is compared from ({@code 1.0.0}, or a revision hash)
 * @param toLabel   what is compared to
 * @param metrics   the evaluation results that changed
 * @param unchanged how many evaluation results did not change
 * @param datasets  the datasets that changed
 * @param texts     the people's texts that changed, with word diffs
 * @param readme    the unified diff of the two README.md renderings; empty when they are equal
 */
public record CompareView(Chrome chrome, String model, String modelHref, List<Option> from, List<Option> to, String message,
                          String fromLabel, String toLabel, List<MetricDelta> metrics, int unchanged, List<DatasetShift> datasets,
                          List<TextDiff> texts, List<DiffLine> readme) {
    /** Copies the lists. */
    public CompareView {
        from = List.copyOf(from);
        to = List.copyOf(to);
        metrics = List.copyOf(metrics);
        datasets = List.copyOf(datasets);
        texts = List.copyOf(texts);
        readme = List.copyOf(readme);
    }
}
