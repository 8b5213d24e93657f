-- A migration this build does not ship: stands for a newer modelcards having migrated the database.
CREATE TABLE from_a_newer_build (id BIGINT PRIMARY KEY);
