package io.modelcards.registry.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The embedded H2 file while the registry has it open: every store of it made by the registry, never by H2 on its own,
 * and only while no transaction is in flight ({@link TransactionFence}); commits made durable before they are answered,
 * in groups ({@link #persist()}, {@link #storingOnClose}); and every {@link #EVERY} the file forced to disk and the live
 * pages of mostly dead chunks rewritten, with H2 allowed to reuse a dead chunk's space {@link #RETENTION} after it died
 * instead of H2's 45 s.
 *
 * <p>Why H2's own stores are switched off: its background writer, and the store inside each commit it makes with
 * {@code WRITE_DELAY=0}, run while other transactions write and commit, and a store that overlaps a commit can leave
 * half of that transaction in the file (see {@link TransactionFence}). What remains of H2's own is the store it forces
 * when more than its write buffer (about 19 MB) is unsaved: the registry stores after every write, so only a single
 * transaction that large, which no registry write is, reaches it.
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
    private final TransactionFence fence = new TransactionFence();
    private final GroupCommit group;

    H2Housekeeping(MVStore store, Duration every, Duration retention) {
        this.store = store;
        this.group = new GroupCommit(() -> fence.whileQuiet(store::commit));
        // Negative: H2's background writer stops, and its commits store nothing (0 would store inside each commit).
        store.setAutoCommitDelay(-1);
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
     * process (an in-memory database, or an H2 server reached over TCP, which keeps its own file). From here on H2 stores
     * nothing by itself: call {@link #persist()} once the migrations have run.
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

    /**
     * Forces the file to disk, then rewrites the emptiest chunks while no transaction is in flight (the rewrite stores);
     * a store closing meanwhile ends the round quietly.
     */
    void round() {
        try {
            if (store.isClosed()) {
                return;
            }
            store.sync();
            if (store.getFileStore().getChunksFillRate() < TARGET_FILL_PERCENT) {
                fence.whileQuiet(() -> store.compact(TARGET_FILL_PERCENT, WRITE_LIMIT_BYTES));
            }
            rounds.incrementAndGet();
        } catch (MVStoreException | IllegalStateException e) {
            // The database closed under the round, or a write failed: the registry's own next commit meets the same
            // failure and reports it; the next round tries again.
        }
    }

    /**
     * Writes to the file whatever has committed before this call (the operating system holds it from then on, so a killed
     * process loses none of it), in groups: one store for every caller that queued behind another's ({@link GroupCommit}).
     */
    void persist() {
        group.await();
    }

    /**
     * Connections from {@code pool}, each held inside the {@link TransactionFence} from open to close, that when closed
     * {@linkplain #persist() persist} what has committed: the registry's writes close their connection before they answer,
     * after releasing their locks. A connection closed while its thread holds another leaves the store to the outer one.
     */
    ConnectionFactory storingOnClose(DataSource pool) {
        return new ConnectionFactory() {
            @Override
            public Connection openConnection() throws SQLException {
                fence.enter();
                try {
                    return pool.getConnection();
                } catch (SQLException | RuntimeException e) {
                    fence.leave();
                    throw e;
                }
            }

            @Override
            public void closeConnection(Connection connection) throws SQLException {
                try {
                    connection.close();
                } finally {
                    fence.leave();
                }
                // Reads find nothing unsaved (the store's check is cheap) and never wait for one.
                if (!fence.inside() && store.hasUnsavedChanges()) {
                    persist();
                }
            }
        };
    }

    /** The lock {@link #persist()} stores under: tests hold it to queue callers behind a store. */
    ReentrantLock storingLock() {
        return group.lock();
    }

    /** The fence between this file's stores and its transactions: tests watch it. */
    TransactionFence fence() {
        return fence;
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
