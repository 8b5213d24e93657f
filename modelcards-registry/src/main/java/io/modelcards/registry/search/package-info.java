/**
 * Searching the registry's cards: a query language of {@code key:value} terms and free words ({@link
 * io.modelcards.registry.search.SearchQuery}), an index of each version's current card kept in the transaction that
 * changes it ({@link io.modelcards.registry.search.SearchIndex}), and keyset-paged searches over it ({@link
 * io.modelcards.registry.search.Search}).
 *
 * <p>A hit is a version, described by its current revision: each version is found once at most, by the card it has
 * now; older revisions are not searched. Facts (tags, licence, datasets and their content hashes, base models, risk,
 * stale fields, completeness, overall metric results) and the terms of the human sections are copied into portable
 * tables ({@code V2__search.sql}, {@code V4__search_text.sql}); the workflow state is joined from the version at query
 * time, so transitions need no re-indexing. Free text is matched word by word (lower-cased, split at non-letters, no
 * stemming): every word must occur, found through a term index; a quoted phrase also needs its words adjacent and in
 * order within one field, checked on the candidates' stored text. The catalog does not know this package: the registry
 * wires {@link io.modelcards.registry.search.SearchIndex#LISTENER} into it.
 */
package io.modelcards.registry.search;
