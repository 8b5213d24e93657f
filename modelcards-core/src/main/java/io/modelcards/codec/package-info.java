/**
 * Reads and writes cards as files: {@link CardReader} turns README.md, JSON or YAML into a {@link LoadedCard} with
 * its source map and warnings, and {@link CardWriter} writes a card back in any of those formats.
 *
 * <p>{@link CardMappers} holds the Jackson mappers of the card's JSON and YAML forms, {@link BindingMessages} turns
 * Jackson's errors into diagnostics that name the field, and {@link CanonicalJson}/{@link ContentHash} give the
 * canonical bytes and the content address of a card.
 */
package io.modelcards.codec;
