package io.modelcards.registry.audit;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.KeptStatements;
import io.modelcards.registry.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The audit chain in the registry's database: table {@code audit_entries(seq, event_json, prev_hash, hash)}, one row per
 * entry, and the one-row table {@code audit_head} holding the head.
 *
 * <p>An append locks the head row ({@code SELECT ... FOR UPDATE}) until its transaction ends, so concurrent appenders
 * queue: each builds its entry on the head the one before it committed, and the chain never forks or loses an entry.
 * The head then moves compare-and-set and the entry's seq is the table's primary key; should either find that another
 * append got there first, nothing is written and a {@link ChainConflictException} is thrown, for the caller to retry
 * its whole transaction.
 *
 * <p>{@link #within(Handle)} appends inside a caller's transaction, so that a registry write and its audit entry commit
 * together; {@link #StoredAuditLog(Database)} runs each call in a transaction of its own.
 */
public final class StoredAuditLog implements AuditLog {
    private static final String MOVE_HEAD = "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ? AND hash = ?";
    private static final String INSERT_ENTRY = "INSERT INTO audit_entries (seq, event_json, prev_hash, hash) VALUES (?, ?, ?, ?)";

    private final Jdbi jdbi;
    private final Handle handle;

    /** The log in {@code database}; each call is a transaction of its own. */
    public StoredAuditLog(Database database) {
        this.jdbi = database.jdbi();
        this.handle = null;
    }

    private StoredAuditLog(Handle handle) {
        this.jdbi = null;
        this.handle = Objects.requireNonNull(handle, "handle");
    }

    /** The log inside the transaction of {@code handle}: appends commit or roll back with it. */
    public static StoredAuditLog within(Handle handle) {
        return new StoredAuditLog(handle);
    }

    @Override
    public ChainHead head() {
        return on(h -> h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
                .map((rs, ctx) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"))).one());
    }

    @Override
    public void append(AuditEntry entry) {
        on(h -> {
            ChainHead head = lockHead(h);
            if (entry.seq() != head.seq() + 1 || !entry.prevHash().equals(head.hash())) {
                throw new ChainConflictException("audit entry " + entry.seq() + " does not follow the head, entry " + head.seq()
                        + ": read the head again and retry");
            }
            write(h, head, entry, entry.eventJson());
            return entry;
        });
    }

    /** Appends {@code draft} after the head as it is once locked, so that it follows whatever committed before it. */
    @Override
    public AuditEntry append(AuditChain chain, AuditEvent.Draft draft) {
        return on(h -> {
            ChainHead head = lockHead(h);
            AuditChain.Link link = chain.nextLink(head, draft);
            write(h, head, link.entry(), link.eventJson());
            return link.entry();
        });
    }

    @Override
    public Stream<AuditEntry> entries(long fromSeq, long toSeq) {
        Handle h = handle != null ? handle : jdbi.open();
        Stream<AuditEntry> rows = h.createQuery("SELECT seq, event_json, prev_hash, hash FROM audit_entries"
                        + " WHERE seq >= :from AND seq <= :to ORDER BY seq")
                .bind("from", fromSeq).bind("to", toSeq)
                .map((rs, ctx) -> AuditEntry.fromRow(rs.getLong("seq"), rs.getString("event_json"), rs.getString("prev_hash"),
                        rs.getString("hash")))
                .stream();
        return handle != null ? rows : rows.onClose(h::close);
    }

    private static ChainHead lockHead(Handle h) {
        // Kept prepared on the connection: H2 parses and plans a FOR UPDATE statement again at each prepare.
        try {
            PreparedStatement lock = KeptStatements.on(h, "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the audit chain has no head row: the database was not migrated");
                }
                return new ChainHead(rs.getLong("seq"), rs.getString("hash"));
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void write(Handle h, ChainHead head, AuditEntry entry, String eventJson) {
        // Both kept prepared on the connection, as the head's lock: they run at every write of the registry, and Jdbi's
        // statement building (named parameters, customizers, cleanup) cost more than the statements.
        try {
            PreparedStatement move = KeptStatements.on(h, MOVE_HEAD);
            move.setLong(1, entry.seq());
            move.setString(2, entry.hash());
            move.setLong(3, head.seq());
            move.setString(4, head.hash());
            if (move.executeUpdate() != 1) {
                throw new ChainConflictException("the audit chain's head moved past entry " + head.seq() + " meanwhile: retry");
            }
            PreparedStatement insert = KeptStatements.on(h, INSERT_ENTRY);
            insert.setLong(1, entry.seq());
            insert.setString(2, eventJson);
            insert.setString(3, entry.prevHash());
            insert.setString(4, entry.hash());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Rows.isUniqueViolation(e)) {
                throw new ChainConflictException("audit entry " + entry.seq() + " was written by another append first: retry");
            }
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private <T> T on(Function<Handle, T> work) {
        return handle != null ? work.apply(handle) : jdbi.inTransaction(work::apply);
    }
}
