package io.modelcards.registry;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A number that changes whenever the registry's content may have changed, so that reads kept in memory know when to
 * be read again. It moves at once when a write of this process commits, and within {@link #REMOTE_CHECK_NANOS} when
 * another process sharing the database (PostgreSQL) commits one: every registry write appends to the audit chain, so
 * a moved audit head is the sign, and one reader at a time looks at it, at most that often.
 */
final class Generation {
    /** How often (at most) the audit head is read to notice other processes' writes: 100 ms. */
    static final long REMOTE_CHECK_NANOS = 100_000_000L;

    private final long checkEveryNanos;
    private final LongSupplier localCommits;
    private final LongSupplier auditHead;
    private final AtomicLong remoteChanges = new AtomicLong();
    private final AtomicLong nextCheck;
    private volatile long seenHead = Long.MIN_VALUE;

    /**
     * A generation over {@code localCommits} (this process's committed writes, never decreasing) and {@code auditHead}
     * (the sequence number of the audit chain's head, read from the database).
     */
    Generation(LongSupplier localCommits, LongSupplier auditHead) {
        this(localCommits, auditHead, REMOTE_CHECK_NANOS);
    }

    /** As {@link #Generation(LongSupplier, LongSupplier)}, reading the audit head at most every {@code checkEveryNanos}. */
    Generation(LongSupplier localCommits, LongSupplier auditHead, long checkEveryNanos) {
        this.checkEveryNanos = checkEveryNanos;
        this.localCommits = localCommits;
        this.auditHead = auditHead;
        this.nextCheck = new AtomicLong(System.nanoTime());
    }

    /** The current generation: equal to an earlier answer only if no write is known to have committed since. */
    long current() {
        long now = System.nanoTime();
        long due = nextCheck.get();
        if (now - due >= 0 && nextCheck.compareAndSet(due, now + checkEveryNanos)) {
            long head = auditHead.getAsLong();
            if (head != seenHead) {
                seenHead = head;
                remoteChanges.incrementAndGet();
            }
        }
        // Both counts only grow, so their sum changes whenever either does.
        return localCommits.getAsLong() + remoteChanges.get();
    }
}
