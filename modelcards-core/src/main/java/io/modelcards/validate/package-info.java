/**
 * Checks a card and says how to fix what is wrong: {@link Validator} runs the {@link RulePack}s and reports each
 * problem at its line, and {@link Completeness} scores how much of each section is filled.
 *
 * <p>The vocabularies the rules check against (licences, languages, pipeline tags, libraries) are bundled, and
 * {@link Nearest} suggests the closest valid spelling of a mistyped id or field name.
 */
package io.modelcards.validate;
