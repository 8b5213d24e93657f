package io.modelcards.card;

/**
 * A Markdown section that maps to no card field, kept verbatim.
 *
 * @param heading the heading text without the leading hashes
 * @param level   heading level, 1 to 6
 * @param body    the Markdown between this heading and the next, exactly as written
 */
public record Section(String heading, int level, String body) {}
