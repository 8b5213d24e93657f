package io.modelcards.server.ui.view;

/**
 * An evaluation result, as the summary panel's table shows it.
 *
 * @param metric    the metric, e.g. {@code accuracy}
 * @param where     the dataset, split and slice it was measured on
 * @param value     the value as text
 * @param interval  the confidence interval as text ({@code 0.864 – 0.905 (95%)}), or null when the card records none
 * @param direction which way is better, in words: {@code higher is better}
 * @param primary   whether it is a primary metric of the card
 * @param origin    where the result came from, or null when not recorded
 */
public record MetricRow(String metric, String where, String value, String interval, String direction, boolean primary,
                        String origin) {}
