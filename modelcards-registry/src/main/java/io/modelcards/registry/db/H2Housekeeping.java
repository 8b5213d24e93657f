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

/**
 * Keeps an embedded H2 file's commits cheap and the file from growing without bound while the registry has it open:
 * every {@link #EVERY} it forces the file to disk, then rewrites the live pages of mostly dead chunks; and it lets H2
 * reuse a dead chunk's space {@link #RETENTION} after the chunk died instead of H2's 45 s.
 *
 * <p>Why: the registry stores every commit before it answers ({@code WRITE_DELAY=0}, so that a {@code kill -9} loses
 * nothing acknowledged), and with that setting H2 starts no background thread of its own: no chunk was ever compacted
 * while the registry ran, and every dead chunk stayed listed for 45 s. At a few hundred commits per second the file
 * held about 10% live data (1.4 GB for 10,000 published revisions) and every commit rewrote a chunk list that grew
 * with it: 161 publishes/s after 90 s of publishing, against 207 with this (bench/registry-load, README).
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
            return new H2Housekeeping(local.getDatabase().getStore().getMvStore(), EVERY, RETENTION);
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
