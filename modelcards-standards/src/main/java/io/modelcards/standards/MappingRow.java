package io.modelcards.standards;

/**
 * One line of a format's mapping table, as {@code --explain} prints it and {@code docs/standards.md} shows it.
 *
 * @param cardField   the card field, as a JSON Pointer pattern ({@code /evaluation/quantitative/*}/metric)
 * @param formatField where it goes in the format ({@code modelCard.quantitativeAnalysis.performanceMetrics[].type}),
 *                    or null when the format has no place for it
 * @param note        how it is converted, or why it is not carried
 */
public record MappingRow(String cardField, String formatField, String note) {}
