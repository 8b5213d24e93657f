package io.modelcards.registry.audit;

import java.util.stream.Stream;

/**
 * Where the audit chain is kept: appended to at its head, read in seq order. A store implements it over the table
 * {@code audit_entries(seq, event_json, prev_hash, hash)}, one row per {@link AuditEntry}.
 */
public interface AuditLog {
    /** The chain's current head ({@link ChainHead#GENESIS} when the log is empty). */
    ChainHead head();

    /**
     * Appends {@code entry}, which must follow the head (its seq one more, its previous hash the head's hash);
     * otherwise nothing is written and a {@link ChainConflictException} is thrown.
     */
    void append(AuditEntry entry);

    /**
     * The entries with seq from {@code fromSeq} to {@code toSeq}, both included, in seq order, read lazily; the caller
     * closes the stream. A stored entry that cannot be read is an {@link AuditFormatException} when it is reached.
     */
    Stream<AuditEntry> entries(long fromSeq, long toSeq);

    /** Appends {@code draft} as the entry after the current head, made by {@code chain}, and returns that entry. */
    default AuditEntry append(AuditChain chain, AuditEvent.Draft draft) {
        AuditEntry entry = chain.next(head(), draft);
        append(entry);
        return entry;
    }

    /** Every entry, in seq order, read lazily; the caller closes the stream. */
    default Stream<AuditEntry> entries() {
        return entries(1, Long.MAX_VALUE);
    }
}
