/**
 * Edits one field of a card by JSON Pointer and records who or what wrote it: {@link io.modelcards.edit.CardEdit}.
 *
 * <p>An edit goes through the card's JSON form ({@code CardMappers.json()}): the value is checked against the field's
 * type, put into the card's JSON tree, and the tree is bound back with the codec's rules, so an edited card is exactly
 * what a card file with that value would read as. Refusals are {@code edit/*} diagnostics that name the pointer.
 */
package io.modelcards.edit;
