package io.modelcards.registry.audit;

import java.io.IOException;

/** A key file that must not be used or cannot be read as a key; the message says which file and what to do. */
public final class KeyFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The key file problem described by {@code message}, a sentence for users. */
    public KeyFileException(String message) {
        super(message);
    }
}
