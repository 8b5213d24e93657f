package io.modelcards.registry.db;

/**
 * Thrown when the registry's database cannot be opened or migrated; the message names the database URL without its
 * password and says what to do, and never carries a secret.
 */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}, already free of secrets. */
    public DatabaseException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, already free of secrets; the cause stays for debugging. */
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
