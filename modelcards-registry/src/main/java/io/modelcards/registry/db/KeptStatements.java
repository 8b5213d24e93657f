package io.modelcards.registry.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.jdbi.v3.core.Handle;

/**
 * Prepared statements kept open on each physical connection of the pool and reused by every transaction that borrows
 * it, for the few statements that run in every write and that the database would otherwise parse and plan each time:
 * H2 never keeps the plan of a {@code SELECT ... FOR UPDATE} in its query cache ({@code Select.isCacheable()} is false
 * with a lock), and the registry's version lock and audit head lock are such statements. On PostgreSQL a kept statement
 * also becomes a server-side prepared statement after a few runs.
 *
 * <p>A connection is used by one thread at a time (the pool lends it to one transaction), so the statements it keeps
 * need no lock of their own; the map from connections to their statements does. The statements go when their
 * connection is collected, and one found closed (its connection closed by the pool) is prepared again.
 */
public final class KeptStatements {
    private static final Map<Connection, Map<String, PreparedStatement>> KEPT = new WeakHashMap<>();

    private KeptStatements() {}

    /**
     * The statement {@code sql} prepared on the physical connection under {@code handle}, prepared once per connection;
     * its parameters are those of its last use: set every one before running it, and close its result sets, never it.
     */
    public static PreparedStatement on(Handle handle, String sql) throws SQLException {
        // The pool hands out a proxy per loan; the statements belong to the connection underneath, which outlives it.
        Connection raw = handle.getConnection().unwrap(Connection.class);
        Map<String, PreparedStatement> statements;
        synchronized (KEPT) {
            statements = KEPT.computeIfAbsent(raw, c -> new HashMap<>());
        }
        PreparedStatement kept = statements.get(sql);
        if (kept == null || kept.isClosed()) {
            kept = raw.prepareStatement(sql);
            statements.put(sql, kept);
        }
        return kept;
    }
}
