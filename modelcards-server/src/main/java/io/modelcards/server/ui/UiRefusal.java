package io.modelcards.server.ui;

/** A UI request refused with a status and a message that says what to do; the UI answers it with an error page. */
final class UiRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /** A refusal with {@code status} and {@code message} (shown to the person, so no secrets and no class names). */
    UiRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status of the answer. */
    int status() {
        return status;
    }
}
