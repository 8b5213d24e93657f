/**
 * Searching the registry's cards: a query language of {@code key:value} terms and free words ({@link
 * io.modelcards.registry.search.SearchQuery}) and a Lucene index of each version's current card that answers it
 * ({@link io.modelcards.registry.search.SearchIndex}), in keyset-paged orders.
 *
 * <p>A hit is a version, described by its current revision: each version is found once at most, by the card it has
 * now and its state now; older revisions are not searched. The index is a projection, never a second truth: writes do
 * not touch it; before each search it applies the audit entries appended since it last looked (each names the version a
 * write changed) by reading those versions again, and it is rebuilt from the database when it is missing, of another
 * format, or not this database's. Facts (tags, licence, datasets and their content hashes, base models, risk, stale
 * fields, state) are exact lower-cased terms, overall metric results points per metric, metric@dataset and
 * metric@dataset/split, so a threshold, metric and dataset hold together on one result. Free text is matched word by
 * word (lower-cased, split at non-letters, no stemming, as {@code Terms} splits): every word must occur; a quoted phrase
 * needs its words adjacent and in order within one field.
 */
package io.modelcards.registry.search;
