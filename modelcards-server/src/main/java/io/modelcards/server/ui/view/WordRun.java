package io.modelcards.server.ui.view;

/**
 * A run of words of a word diff.
 *
 * @param op   {@code same}, {@code added} or {@code removed}
 * @param text the words with their whitespace
 */
public record WordRun(String op, String text) {}
