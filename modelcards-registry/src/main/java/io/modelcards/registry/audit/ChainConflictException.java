package io.modelcards.registry.audit;

/**
 * An entry that does not follow the log's current head, usually because another append got there first: the caller
 * retries from the new head (a store reports it on the seq's uniqueness, an HTTP layer as 409).
 */
public final class ChainConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The conflict described by {@code message}. */
    public ChainConflictException(String message) {
        super(message);
    }
}
