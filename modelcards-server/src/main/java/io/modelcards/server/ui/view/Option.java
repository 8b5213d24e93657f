package io.modelcards.server.ui.view;

/**
 * One choice of a select box.
 *
 * @param value    the value sent
 * @param label    the text shown
 * @param selected whether it is the current choice
 */
public record Option(String value, String label, boolean selected) {}
