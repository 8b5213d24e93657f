package io.modelcards.registry.audit;

/**
 * One link of the audit chain: an event, the hash of the entry before it and its own hash, where
 * {@code hash = SHA-256(prevHash || canonical event bytes)} ({@link AuditChain#hash}). It maps one to one onto a
 * stored row {@code (seq, event_json, prev_hash, hash)}: see {@link #eventJson()} and {@link #fromRow}.
 *
 * @param event    what happened, with its seq
 * @param prevHash the previous entry's hash ({@link ChainHead#GENESIS_HASH} for the first), 64 lowercase hex digits
 * @param hash     this entry's hash, 64 lowercase hex digits
 */
public record AuditEntry(AuditEvent event, String prevHash, String hash) {
    /** Checks that the event is present and both hashes are 64 lowercase hexadecimal digits. */
    public AuditEntry {
        if (event == null) {
            throw new IllegalArgumentException("an audit entry holds an event");
        }
        ChainHead.requireHash(prevHash, "an audit entry's previous hash");
        ChainHead.requireHash(hash, "an audit entry's hash");
    }

    /** The event's seq: the entry's place in the chain, from 1. */
    public long seq() {
        return event.seq();
    }

    /** The event's canonical JSON text, the row's {@code event_json}. */
    public String eventJson() {
        return AuditJson.text(event);
    }

    /** The chain's head once this entry is its last. */
    public ChainHead head() {
        return new ChainHead(seq(), hash);
    }

    /**
     * The entry a stored row holds. A row whose JSON is not an event, or whose seq differs from its event's, is an
     * {@link AuditFormatException} naming the row's seq; the hashes are checked by the {@link ChainVerifier}, not here.
     */
    public static AuditEntry fromRow(long seq, String eventJson, String prevHash, String hash) {
        try {
            AuditEvent event = AuditJson.read(eventJson);
            if (event.seq() != seq) {
                throw new AuditFormatException(seq, "its event says seq " + event.seq());
            }
            return new AuditEntry(event, prevHash, hash);
        } catch (IllegalArgumentException e) {
            throw new AuditFormatException(seq, e.getMessage());
        }
    }
}
