package io.modelcards.server.ui.view;

/**
 * One line of a unified text diff.
 *
 * @param kind {@code head} (file names), {@code hunk} (an {@code @@} line), {@code added}, {@code removed} or {@code same}
 * @param text the line as the unified diff writes it, with its leading mark
 */
public record DiffLine(String kind, String text) {}
