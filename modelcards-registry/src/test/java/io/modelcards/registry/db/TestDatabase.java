package io.modelcards.registry.db;

/**
 * A fresh, empty database for one storage test, which the test may open as often as it likes.
 *
 * @param kind    H2 or PostgreSQL
 * @param jdbcUrl the URL that opens it
 */
public record TestDatabase(Database.Kind kind, String jdbcUrl) {
    /** Opens (and migrates) it; the caller closes what it opens. */
    public Database open() {
        return Database.open(jdbcUrl);
    }
}
