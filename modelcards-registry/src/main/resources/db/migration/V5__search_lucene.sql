-- The search index, schema version 5: it leaves the database. Search now runs on a Lucene index kept beside the
-- registry (its home's search-index folder), a projection of each version's current card rebuilt or caught up from
-- these tables and the audit chain, so the SQL index tables go. Nothing is lost: every row in them was derived from
-- versions and revisions.
DROP TABLE search_terms;
DROP TABLE search_metrics;
DROP TABLE search_facets;
DROP TABLE search_text;
DROP TABLE search_cards;
