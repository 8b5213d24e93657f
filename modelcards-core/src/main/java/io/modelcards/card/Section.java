package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A Markdown section that maps to no card field, kept verbatim.
 *
 * @param heading the heading text without the leading hashes
 * @param level   heading level, 1 to 6
 * @param body    the Markdown between this heading and the next, exactly as written
 */
// An empty body is data (a heading at the end of a README), so only null is left out of JSON.
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(String heading, int level, String body) {}
