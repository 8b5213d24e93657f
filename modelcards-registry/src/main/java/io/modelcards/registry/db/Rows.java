package io.modelcards.registry.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.Argument;

/**
 * How the stores put values into SQL and read them back the same way on H2 and PostgreSQL: instants as
 * {@code TIMESTAMP WITH TIME ZONE} in UTC (never through the JVM's default zone), and unique-key violations told apart
 * from other failures.
 */
public final class Rows {
    /** The SQL state of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Rows() {}

    /** {@code at} bound as a UTC {@code TIMESTAMP WITH TIME ZONE}, or SQL NULL for null. */
    public static Argument instant(Instant at) {
        OffsetDateTime value = at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    /** The instant in column {@code column}, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Whether {@code e}, or any of its causes, is a unique-key violation (a lost race to create the same row). */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
