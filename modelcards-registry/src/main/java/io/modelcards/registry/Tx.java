package io.modelcards.registry;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.audit.AuditChain;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.CheckpointStore;
import io.modelcards.registry.audit.StoredAuditLog;
import io.modelcards.registry.catalog.CatalogWriter;
import io.modelcards.registry.catalog.LockedVersion;
import io.modelcards.registry.catalog.VersionRows;
import io.modelcards.registry.review.ReviewStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One write transaction of the registry: the stores it writes through, all on the same handle, so that whatever it
 * writes (catalog rows, reviews, comments, its audit entry, a checkpoint) commits together or not at all.
 *
 * @param handle      the transaction's handle, for stores that join it ({@code within(handle)})
 * @param catalog     the catalog's writes
 * @param versions    version rows: lock, base, authors
 * @param reviews     reviews and comments
 * @param audit       the audit chain
 * @param checkpoints the signed checkpoints
 * @param chain       makes the next audit entry, timed by the registry's clock
 * @param now         the transaction's time
 * @param cards       the parsed cards of committed revisions
 * @param afterCommit what runs once the transaction has committed (and only then), in order
 * @param held        the locks of this process the transaction takes before the rows' (see {@link WriteLocks})
 */
record Tx(Handle handle, CatalogWriter catalog, VersionRows versions, ReviewStore reviews, StoredAuditLog audit,
        CheckpointStore checkpoints, AuditChain chain, Instant now, RevisionCards cards, List<Runnable> afterCommit,
        WriteLocks.Held held) {

    /**
     * The stores of the transaction on {@code handle}; {@code afterCommit} collects what runs once it has committed, and
     * {@code held} the locks it takes, which its caller releases when it has ended.
     */
    static Tx on(Handle handle, Registry.Parts parts, List<Runnable> afterCommit, WriteLocks.Held held) {
        return new Tx(handle, parts.catalog().within(handle), new VersionRows(handle), new ReviewStore(handle),
                StoredAuditLog.within(handle), new CheckpointStore(handle), parts.chain(), parts.clock().instant(), parts.cards(),
                afterCommit, held);
    }

    /** Locks {@code model}'s {@code version} for the rest of the transaction (here, then its row) and returns it. */
    LockedVersion lock(String model, String version) {
        held.version(model, version);
        return versions.lock(model, version);
    }

    /**
     * The card of {@code v}'s revision {@code hash}: from memory when a committed write stored or read it, else read from
     * the version's row (and kept once this transaction commits).
     */
    ModelCard card(LockedVersion v, ContentHash hash) {
        Optional<ModelCard> kept = cards.get(v.id(), hash);
        if (kept.isPresent()) {
            return kept.get();
        }
        ModelCard card = versions.card(v.id(), hash).orElseThrow();
        afterCommit.add(() -> cards.put(v.id(), hash, card));
        return card;
    }

    /** Keeps {@code card}, just stored as {@code v}'s revision {@code hash}, once this transaction commits. */
    void stored(LockedVersion v, ContentHash hash, ModelCard card) {
        afterCommit.add(() -> cards.put(v.id(), hash, card));
    }

    /** Appends {@code draft} to the audit chain after whatever committed before, in this transaction. */
    AuditEntry append(AuditEvent.Draft draft) {
        held.head();
        return audit.append(chain, draft);
    }
}
