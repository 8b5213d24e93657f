package io.modelcards.registry.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/**
 * The registry's open database: a connection pool, migrated to this build's schema, and a {@link Jdbi} over it.
 *
 * <p>Two kinds: the embedded H2 file ({@link #embedded(Path)}, the zero-setup default) and PostgreSQL by JDBC URL
 * ({@link #open(String)}, for teams). Both run the same migrations and the same SQL. Close it to release the pool and,
 * for H2, the file.
 */
public final class Database implements AutoCloseable {
    /**
     * H2 settings for the embedded file: PostgreSQL compatibility so that one SQL serves both; the database stays open
     * until the pool closes it (not closed by a JVM shutdown hook under running transactions); writers wait up to 10 s
     * for a row lock instead of failing at once; a commit is in H2's memory when it returns, and in the file once its
     * connection goes back to the pool (for the embedded file, {@link H2Housekeeping} makes every store). Each pooled
     * connection keeps its {@value #QUERY_CACHE} most recently prepared statements parsed and planned (H2 keeps 8 by
     * default, fewer than one registry write runs, so every statement was parsed again each time).
     */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=" + Database.QUERY_CACHE;

    /** How many prepared statements each H2 connection keeps: more than the registry's distinct statements. */
    static final int QUERY_CACHE = 256;

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String safeUrl;
    private final Kind kind;
    /** For an embedded H2 file: compaction and forcing to disk while it is open (see there); null otherwise. */
    private final H2Housekeeping housekeeping;

    /** Which database engine is behind the URL. */
    public enum Kind {
        /** The embedded H2 file (or any H2 URL). */
        H2,
        /** A PostgreSQL server. */
        POSTGRESQL
    }

    private Database(HikariDataSource pool, String safeUrl, Kind kind, H2Housekeeping housekeeping) {
        this.pool = pool;
        this.jdbi = housekeeping == null ? Jdbi.create(pool) : Jdbi.create(housekeeping.storingOnClose(pool));
        this.safeUrl = safeUrl;
        this.kind = kind;
        this.housekeeping = housekeeping;
    }

    /**
     * Opens the database at {@code jdbcUrl} ({@code jdbc:postgresql://host/db?user=u&password=p} or {@code jdbc:h2:...})
     * and migrates it; a bad URL, an unreachable server or a database migrated by a newer build is a
     * {@link DatabaseException} naming the URL without its password.
     */
    public static Database open(String jdbcUrl) {
        Kind kind = kindOf(jdbcUrl);
        String safe = JdbcUrls.redact(jdbcUrl);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(jdbcUrl));
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot connect to the database at " + safe + ": "
                    + JdbcUrls.scrub(rootMessage(e), jdbcUrl) + "; check that it runs and that the URL, user and password are right",
                    e);
        }
        H2Housekeeping housekeeping;
        try {
            // Before the migrations: from here on only the registry stores the file (see H2Housekeeping).
            housekeeping = kind == Kind.H2 ? H2Housekeeping.start(pool) : null;
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException("cannot open the H2 file at " + safe + ": " + JdbcUrls.scrub(rootMessage(e), jdbcUrl), e);
        }
        try {
            Migrations.apply(pool, safe);
            if (housekeeping != null) {
                housekeeping.persist(); // what the migrations committed
            }
        } catch (RuntimeException e) {
            if (housekeeping != null) {
                housekeeping.close();
            }
            pool.close();
            throw e instanceof DatabaseException d ? d : new DatabaseException("cannot migrate the database at " + safe + ": "
                    + JdbcUrls.scrub(rootMessage(e), jdbcUrl), e);
        }
        return new Database(pool, safe, kind, housekeeping);
    }

    /** Opens (creating it on first use) the embedded H2 database in {@code dir}, file {@code registry.mv.db}. */
    public static Database embedded(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.toString().contains(";")) {
            throw new DatabaseException("the database folder " + abs + " contains ';': choose a folder without one");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new DatabaseException("cannot create the database folder " + abs + ": " + e.getMessage(), e);
        }
        return open(embeddedUrl(abs));
    }

    /** The JDBC URL of the embedded H2 database in {@code dir}. */
    static String embeddedUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("registry").toString().replace('\\', '/') + H2_SETTINGS;
    }

    /** The housekeeping of an embedded H2 file; null for PostgreSQL and in-memory H2. */
    H2Housekeeping housekeeping() {
        return housekeeping;
    }

    /** The JDBI handle factory over the pool; every catalog and auth operation runs through it. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The URL this database was opened with, its password replaced by {@code ***}: safe to print. */
    public String url() {
        return safeUrl;
    }

    /** The engine behind this database. */
    public Kind kind() {
        return kind;
    }

    /** Stops the H2 file's housekeeping and closes every pooled connection; for H2 this closes the file. */
    @Override
    public void close() {
        if (housekeeping != null) {
            housekeeping.close();
        }
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + safeUrl + "]";
    }

    private static Kind kindOf(String url) {
        if (url != null && url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new DatabaseException("unsupported database URL " + JdbcUrls.redact(url)
                + ": use jdbc:postgresql://HOST[:PORT]/DATABASE or jdbc:h2:file:PATH");
    }

    private static HikariConfig config(String url) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("modelcards-registry");
        c.setJdbcUrl(url);
        c.setMaximumPoolSize(10);
        c.setConnectionTimeout(10_000);
        return c;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
