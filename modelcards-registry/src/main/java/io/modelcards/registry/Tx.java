package io.modelcards.registry;

import io.modelcards.registry.audit.AuditChain;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.CheckpointStore;
import io.modelcards.registry.audit.StoredAuditLog;
import io.modelcards.registry.catalog.CatalogWriter;
import io.modelcards.registry.catalog.VersionRows;
import io.modelcards.registry.review.ReviewStore;
import java.time.Instant;
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
 */
record Tx(Handle handle, CatalogWriter catalog, VersionRows versions, ReviewStore reviews, StoredAuditLog audit,
        CheckpointStore checkpoints, AuditChain chain, Instant now) {

    /** The stores of the transaction on {@code handle}. */
    static Tx on(Handle handle, Registry.Parts parts) {
        return new Tx(handle, parts.catalog().within(handle), new VersionRows(handle), new ReviewStore(handle),
                StoredAuditLog.within(handle), new CheckpointStore(handle), parts.chain(), parts.clock().instant());
    }

    /** Appends {@code draft} to the audit chain after whatever committed before, in this transaction. */
    AuditEntry append(AuditEvent.Draft draft) {
        return audit.append(chain, draft);
    }
}
