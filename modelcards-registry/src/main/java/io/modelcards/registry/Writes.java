package io.modelcards.registry;

import io.modelcards.registry.audit.ChainConflictException;
import io.modelcards.registry.auth.AuthException;
import io.modelcards.registry.catalog.CatalogException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs each registry write as one database transaction. A write that loses the race for the audit chain's head
 * ({@link ChainConflictException}) is run again from the start, up to {@value #ATTEMPTS} times, so that it rereads
 * everything it checked; every other failure rolls back and ends the write. Catalog and user refusals leave as
 * {@link RegistryException}s.
 */
final class Writes {
    /** How many times a write is tried when it keeps losing the race for the chain's head. */
    static final int ATTEMPTS = 8;

    private final Jdbi jdbi;
    private final Registry.Parts parts;
    private final WriteLocks locks = new WriteLocks();
    /** How many writes have committed: what tells reads kept in memory ({@link Generation}) that they may be stale. */
    private final AtomicLong committed = new AtomicLong();
    /** Runs after a write's last statement and before its commit; a test sets it to fail there. */
    private volatile Runnable beforeCommit = () -> { };

    Writes(Jdbi jdbi, Registry.Parts parts) {
        this.jdbi = jdbi;
        this.parts = parts;
    }

    /** Runs {@code body} in a transaction, again on a head conflict; its result once committed. */
    <T> T run(Function<Tx, T> body) {
        ChainConflictException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Runnable> afterCommit = new ArrayList<>();
            WriteLocks.Held held = locks.open();
            try {
                T result;
                try (Handle handle = jdbi.open()) {
                    try {
                        result = handle.inTransaction(h -> {
                            afterCommit.clear();
                            T r = body.apply(Tx.on(h, parts, afterCommit, held));
                            beforeCommit.run();
                            return r;
                        });
                    } finally {
                        // Only once the transaction has ended (committed or rolled back) may the next writer reach its rows.
                        held.releaseAll();
                    }
                } // closing the handle stores the commit in the file (with the commits of writers that ended meanwhile)
                // Committed from here on: what the transaction left for after its commit runs now.
                committed.incrementAndGet();
                afterCommit.forEach(Runnable::run);
                return result;
            } catch (ChainConflictException e) {
                last = e;
            } catch (CatalogException e) {
                throw RegistryException.of(e);
            } catch (AuthException e) {
                throw RegistryException.of(e);
            }
        }
        RegistryException busy = RegistryException.of(RegistryException.Kind.CONFLICT, "audit", "registry/busy",
                "the registry is too busy to record this change now (" + ATTEMPTS + " tries): nothing was changed, try again");
        busy.initCause(last);
        throw busy;
    }

    /** How many writes have committed since this registry opened. */
    long committed() {
        return committed.get();
    }

    /** Sets what runs just before each commit (tests inject a failure there); null for nothing. */
    void beforeCommit(Runnable hook) {
        this.beforeCommit = hook == null ? () -> { } : hook;
    }
}
