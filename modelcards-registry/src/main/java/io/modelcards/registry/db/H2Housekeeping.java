package io.modelcards.registry.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The embedded H2 file while the registry has it open: commits made durable before they are answered, in groups
 * ({@link #persist()}, {@link #storingOnClose}); and every {@link #EVERY} the file forced to disk and the live pages of
 * mostly dead chunks rewritten, with H2 allowed to reuse a dead chunk's space {@link #RETENTION} after it died instead
 * of H2's 45 s.
 *
 * <p>Why the housekeeping: with H2 storing inside every commit ({@code WRITE_DELAY=0}, as the registry ran before) H2
 * starts no background thread, so no chunk was compacted while the registry ran, and every dead chunk stayed listed
 * for 45 s. At a few hundred commits per second the file held about 10% live data (282 MB after 1,600 published
 * revisions) and every commit rewrote a chunk list that grew with it: 141 publishes/s after 90 s of publishing, against
 * 207 with this (bench/registry-load, README).
 *
 * <p>Why forcing the file to disk makes the shorter retention safe: H2 keeps a dead chunk for a while so that a power
 * loss, which can drop writes the operating system had not yet flushed, still finds the older chunks the last durable
 * version needs. Once every second the file is forced to disk, so the last durable version is never older than about
 * a second, and a chunk is overwritten only {@link #RETENTION} after it died. (A process crash loses nothing either
 * way: the operating system still holds its writes.)
 */
final class H2Housekeeping implements AutoCloseable {
    /** How often the file is forced to disk and its emptiest chunks rewritten. */
    static final Duration EVERY = Duration.ofSeconds(1);
    /** How long a dead chunk's space is kept before H2 may reuse it: several {@link #EVERY} periods. */
    static final Duration RETENTION = Duration.ofSeconds(5);
    /** Chunks are rewritten while the live share of all chunks is below this percentage. */
    static final int TARGET_FILL_PERCENT = 50;
    /** At most this many bytes of live pages are moved per round, so that a round never stalls the writers for long. */
    static final int WRITE_LIMIT_BYTES = 4 << 20;

    private final MVStore store;
    private final ScheduledExecutorService timer;
    private final AtomicLong rounds = new AtomicLong();

    H2Housekeeping(MVStore store, Duration every, Duration retention) {
        this.store = store;
        store.setRetentionTime((int) retention.toMillis());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "modelcards-h2-housekeeping");
            t.setDaemon(true);
            return t;
        });
        long ms = every.toMillis();
        timer.scheduleWithFixedDelay(this::round, ms, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the housekeeping of the H2 database behind {@code pool}; none (null) when it is not an embedded file in this
     * process (an in-memory database, or an H2 server reached over TCP, which keeps its own file).
     */
    static H2Housekeeping start(DataSource pool) {
        try (Connection c = pool.getConnection()) {
            Session session = c.unwrap(JdbcConnection.class).getSession();
            if (!(session instanceof SessionLocal local) || !local.getDatabase().isPersistent()) {
                return null;
            }
            H2Housekeeping housekeeping = new H2Housekeeping(local.getDatabase().getStore().getMvStore(), EVERY, RETENTION);
            housekeeping.persist(); // what the migrations committed
            return housekeeping;
        } catch (SQLException e) {
            throw new DatabaseException("cannot reach the H2 database's file store", e);
        }
    }

    /** Forces the file to disk, then rewrites the emptiest chunks; a store closing meanwhile ends the round quietly. */
    void round() {
        try {
            if (store.isClosed()) {
                return;
            }
            store.sync();
            store.compact(TARGET_FILL_PERCENT, WRITE_LIMIT_BYTES);
            rounds.incrementAndGet();
        } catch (MVStoreException | IllegalStateException e) {
            // The database closed under the round, or a write failed: the registry's own next commit meets the same
            // failure and reports it; the next round tries again.
        }
    }

    /**
     * Writes to the file whatever has committed so far (the operating system holds it from then on, so a killed process
     * loses none of it); returns at once when a store already did. Concurrent callers queue on H2's store lock, and the
     * first to get it stores the commits of all of them: one write for many.
     */
    void persist() {
        store.commit();
    }

    /**
     * Connections from {@code pool} that, when closed, {@linkplain #persist() persist} what has committed: the registry's
     * writes close their connection before they answer, after releasing their locks.
     */
    ConnectionFactory storingOnClose(DataSource pool) {
        return new ConnectionFactory() {
            @Override
            public Connection openConnection() throws SQLException {
                return pool.getConnection();
            }

            @Override
            public void closeConnection(Connection connection) throws SQLException {
                connection.close();
                persist();
            }
        };
    }

    /** How many rounds have completed. */
    long rounds() {
        return rounds.get();
    }

    /**
     * Stops the rounds, waiting for one under way to end; the pool closes the file afterwards. Never by interrupting the
     * round: an interrupt during a file operation closes H2's file channel under every open connection.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
