-- The registry's writes, schema version 3: what the Registry's transactions need beyond version 1.

-- A new version of a model that has a published (or deprecated) version starts from that version's card: its first
-- upload is merged into this revision, so people's text carries over. Null when the version started from nothing.
ALTER TABLE versions ADD COLUMN base_revision VARCHAR(71);

-- The audit chain's head, one row. Every append locks it (SELECT ... FOR UPDATE), so concurrent writers queue on it
-- instead of forking the chain, and moves it compare-and-set (WHERE seq = the head it read) as a second guard.
CREATE TABLE audit_head (
    id   INTEGER NOT NULL PRIMARY KEY,
    seq  BIGINT NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_one_row CHECK (id = 1)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
