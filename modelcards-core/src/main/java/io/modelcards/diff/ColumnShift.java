package io.modelcards.diff;

/**
 * How far one column's distribution moved between two profiles of a dataset.
 *
 * @param column     the column
 * @param measure    what was compared: {@code labels} (the label distribution), {@code values} (the value histogram), or
 *                   {@code chars}, {@code words}, {@code tokens} (histograms of text lengths)
 * @param divergence the Jensen–Shannon divergence in bits (base 2): 0 for the same distribution, 1 for disjoint ones
 */
public record ColumnShift(String column, String measure, double divergence) {}
