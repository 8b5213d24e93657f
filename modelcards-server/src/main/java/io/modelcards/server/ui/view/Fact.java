package io.modelcards.server.ui.view;

/**
 * One labelled value of a card's summary panel, with where it came from.
 *
 * @param id     a short id for the page's element ids, e.g. {@code licence}
 * @param label  what people call it
 * @param value  the value as text, or null when the card does not say
 * @param origin where the value came from (captured by what, or written by whom and when), or null when not recorded
 */
public record Fact(String id, String label, String value, String origin) {}
