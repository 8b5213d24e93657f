-- The search index, schema version 4: each card's text, for phrases and for cheap re-indexing.
-- search_text keeps the words of a version's current card in order (IndexedCard.text): a quoted phrase matches where
-- its words occur adjacent in it, checked on the rows the term index found. It also holds the terms the version has in
-- search_terms, so a re-index deletes exactly those (and only the ones the new card lacks) by primary key; the index
-- of search_terms by version_id goes: on every upload it cost one more random B-tree write per distinct word.
-- Cards indexed before this version have no text: the index is emptied here and rebuilt from each version's current
-- revision when the registry opens (SearchIndex.catchUp).
DELETE FROM search_terms;
DELETE FROM search_metrics;
DELETE FROM search_facets;
DELETE FROM search_cards;
DROP INDEX search_terms_version;

CREATE TABLE search_text (
    version_id BIGINT NOT NULL PRIMARY KEY,
    body       VARCHAR(200000) NOT NULL
);

-- A metric sort largest first (sort:-metric) walks this index: H2 does not read an ascending index backwards for an
-- ORDER BY ... DESC, so without it every matching result was read and sorted (PostgreSQL would not need it).
CREATE INDEX search_metrics_score_desc ON search_metrics (metric DESC, score DESC, id DESC);
