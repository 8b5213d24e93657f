package io.modelcards.registry.db;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes what has committed durable for many callers with few stores: {@link #await()} returns once a store that began
 * after the call was made has ended, and runs one itself only when none has.
 *
 * <p>Why: H2's {@code MVStore.commit()} stores whenever anything changed since its last store, so writers queued on it
 * each stored again for the one commit that arrived while they waited: a store per write, and at about 270 publishes/s
 * the registry's request threads spent most of their time queued there (JFR, bench/registry-load). Here a caller takes a
 * ticket after its commit; whoever stores next notes the last ticket taken before its store began, and every caller up
 * to that ticket returns when that store ends.
 */
final class GroupCommit {
    private final Runnable store;
    /** Tickets: how many calls of {@link #await()} have been made. */
    private final AtomicLong requested = new AtomicLong();
    /** Held while a caller checks and stores: the order of the stores. */
    private final ReentrantLock storing = new ReentrantLock();
    /** The last ticket a completed store covers; guarded by {@link #storing}. */
    private long stored;

    /** Group commit over {@code store}, which must make durable everything committed before it began. */
    GroupCommit(Runnable store) {
        this.store = store;
    }

    /**
     * Returns once everything committed before this call is durable: at once after a store that began after this call
     * ended, else after a store of its own. A failing store throws to the caller that ran it; the callers it would have
     * covered run their own.
     */
    void await() {
        long ticket = requested.incrementAndGet();
        storing.lock();
        try {
            if (stored >= ticket) {
                return;
            }
            long upTo = requested.get();
            store.run();
            stored = upTo;
        } finally {
            storing.unlock();
        }
    }

    /** The lock stores run under: tests hold it to queue callers. */
    ReentrantLock lock() {
        return storing;
    }
}
