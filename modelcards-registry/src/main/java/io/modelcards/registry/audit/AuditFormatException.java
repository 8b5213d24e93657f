package io.modelcards.registry.audit;

/**
 * A stored audit entry that cannot be read back as one: thrown while reading a log, so that the
 * {@link ChainVerifier} can name the entry and the reason instead of stopping.
 */
public final class AuditFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long seq;

    /** The entry at {@code seq} is unreadable for {@code reason} (a sentence for users). */
    public AuditFormatException(long seq, String reason) {
        super("audit entry " + seq + " is unreadable: " + reason);
        this.seq = seq;
    }

    /** The seq of the unreadable entry, as its store numbers it. */
    public long seq() {
        return seq;
    }
}
