package io.modelcards.registry;

import io.modelcards.registry.RegistryException.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks in this process that a write takes before the database's row locks on the same things: the version it moves
 * (one of {@value #STRIPES} stripes by model and version) and the audit chain's head. It holds them until its
 * transaction has ended, commit or rollback. Always version first, then head, so two writes cannot wait on each other.
 *
 * <p>Why, on top of the rows' {@code FOR UPDATE}: H2's MVStore can lose a committed update when another transaction
 * locks the same row while the first is committing and then rolls back (seen as a review's committed approval read
 * back {@code in_review} after an edit of the same version was refused, about once in 1,500 races: {@code
 * ReviewEditRaceTest}). Queued here, a writer reaches the row only after the one before it has committed and returned,
 * so the database never hands a row over in the middle of a commit. The rows' locks stay: they are what serializes
 * several processes on one PostgreSQL database.
 */
final class WriteLocks {
    /** How many locks the versions share: writes of different versions rarely wait on each other. */
    static final int STRIPES = 256;
    /** How long a write waits for a lock before it gives up, as the database's own lock timeout. */
    static final long TIMEOUT_SECONDS = 10;

    private final ReentrantLock[] versions = new ReentrantLock[STRIPES];
    private final ReentrantLock head = new ReentrantLock();

    WriteLocks() {
        for (int i = 0; i < STRIPES; i++) {
            versions[i] = new ReentrantLock();
        }
    }

    /** The locks one transaction takes, none yet. */
    Held open() {
        return new Held();
    }

    /** What one transaction holds: released all at once when it ends. Used by the transaction's thread only. */
    final class Held {
        private final Deque<ReentrantLock> taken = new ArrayDeque<>();

        private Held() {
        }

        /** Takes the lock of {@code model}'s {@code version}. */
        void version(String model, String version) {
            take(versions[Math.floorMod(31 * model.hashCode() + version.hashCode(), STRIPES)]);
        }

        /** Takes the lock of the audit chain's head (after any version's). */
        void head() {
            take(head);
        }

        /** Releases everything taken, the last first. */
        void releaseAll() {
            while (!taken.isEmpty()) {
                taken.pop().unlock();
            }
        }

        private void take(ReentrantLock lock) {
            boolean got;
            try {
                got = lock.tryLock(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                got = false;
            }
            if (!got) {
                throw RegistryException.of(Kind.CONFLICT, "audit", "registry/busy", "the registry is too busy to record this change"
                        + " now (waited " + TIMEOUT_SECONDS + " s): nothing was changed, try again");
            }
            taken.push(lock);
        }
    }
}
