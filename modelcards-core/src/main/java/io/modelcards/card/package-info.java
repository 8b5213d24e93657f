/**
 * The model card as immutable records: {@link ModelCard} and its sections, the single source from which every
 * output (README.md, HTML, JSON) is rendered.
 *
 * <p>Records normalise absent parts to empty ones ({@link Lists} copies their lists and maps, keeping order and
 * nulls), {@link Provenance} records where each value came from ({@link Origin}), and {@link SchemaVersion} names the
 * versions of the card's JSON form. Generated {@code …Builder} classes let Java code name each value it sets.
 */
package io.modelcards.card;
