/**
 * Merges a freshly captured card into the previous version of the same model's card: {@link io.modelcards.merge.CardMerge}.
 *
 * <p>What a person wrote comes from the previous card, what a machine captured comes from the new capture, and every
 * choice is listed as a {@link io.modelcards.merge.Decision}. Conflicts are {@code merge/*} diagnostics that name the
 * field by its JSON Pointer.
 */
package io.modelcards.merge;
