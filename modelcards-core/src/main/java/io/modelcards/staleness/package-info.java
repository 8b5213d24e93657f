/**
 * Staleness: whether a person's text still rests on the facts it was written against (model identity, dataset content
 * hashes, primary metric values), and the confirmation that a person re-read it.
 */
package io.modelcards.staleness;
