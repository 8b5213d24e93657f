package io.modelcards.server.ui.view;

/**
 * One evaluation result that changed between the two compared cards.
 *
 * @param metric    the metric
 * @param where     the dataset, split and slice it was measured on
 * @param old       the old value as text, or null when the result was added
 * @param now       the new value as text, or null when it was removed
 * @param delta     the change as signed text with its relative size ({@code -0.0241 (-2.7%)}), or null
 * @param verdict   improved, regressed, added or removed, in words
 * @param direction which way is better, in words ({@code higher is better})
 * @param tone      the verdict as a style name: {@code better}, {@code worse}, {@code added} or {@code removed}
 * @param intervals the old and new confidence intervals as text, or null when neither result has one
 * @param primary   whether it is a primary metric
 */
public record MetricDelta(String metric, String where, String old, String now, String delta, String verdict, String direction,
                          String tone, String intervals, boolean primary) {}
