package io.modelcards.server.ui.view;

/**
 * A dataset of the card, as the summary panel lists it.
 *
 * @param name   its name or id
 * @param role   training, evaluation or another role, or null
 * @param split  the split, or null
 * @param hash   its content hash ({@code sha256:…}), or null when the card records none
 * @param rows   its row count as text, or null
 * @param origin where the entry came from, or null when not recorded
 */
public record DatasetRow(String name, String role, String split, String hash, String rows, String origin) {}
