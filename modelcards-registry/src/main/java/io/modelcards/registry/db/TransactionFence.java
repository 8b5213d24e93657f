package io.modelcards.registry.db;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps the embedded H2 file's stores apart from its transactions: a thread holds the fence's shared side from the
 * moment it takes a connection until it gives it back ({@link #enter()}, {@link #leave()}), and a store runs only on the
 * exclusive side ({@link #whileQuiet}), when no connection is out and so no transaction is writing or committing.
 *
 * <p>Why: H2's MVStore snapshots its maps one after another while a store runs, so a store that overlaps a commit can
 * write one map with the transaction's changes committed and another (its undo log, or a second table) without them
 * (h2database/h2database#2080). After a crash such a file holds half a transaction: the registry's kill -9 test saw an
 * audit entry of a publish whose version was not published, and row locks left by a transaction whose number a live
 * writer had taken again. A store that sees no transaction in flight writes whole transactions only.
 *
 * <p>The shared side is reentrant: a thread that already holds it (a handle opened while another is open) enters again
 * without waiting for a store queued meanwhile, which would otherwise wait for that thread forever.
 */
final class TransactionFence {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Takes the shared side for the calling thread's connection; waits while a store runs or is queued. */
    void enter() {
        lock.readLock().lock();
    }

    /** Gives back what the calling thread's last {@link #enter()} took. */
    void leave() {
        lock.readLock().unlock();
    }

    /** Whether the calling thread still holds a connection it took through this fence. */
    boolean inside() {
        return lock.getReadHoldCount() > 0;
    }

    /**
     * Runs {@code store} once every connection taken through the fence has been given back, keeping new ones waiting
     * until it returns. Never call it while holding a connection: it would wait for the caller itself.
     */
    <T> T whileQuiet(Supplier<T> store) {
        if (inside()) {
            throw new IllegalStateException("a store was started by a thread that holds a connection: it would wait for itself");
        }
        lock.writeLock().lock();
        try {
            return store.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many threads wait to take either side: tests use it to see a store queued behind a transaction. */
    int queued() {
        return lock.getQueueLength();
    }
}
