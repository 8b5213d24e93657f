package io.modelcards.server.problem;

import java.util.Objects;

/**
 * A request the HTTP layer itself refuses (no or bad token, missing capability, bad body, wrong content type, bad
 * parameter), with the status, stable code, message and optional field pointer the error mapper turns into a problem.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String pointer;

    /** A refusal with {@code status}, {@code code}, a message saying what to do, and the field's pointer or null. */
    public ApiException(int status, String code, String message, String pointer) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.pointer = pointer;
    }

    /** A refusal without a field. */
    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    /** The problem this refusal becomes. */
    public Problem problem() {
        return Problem.of(status, code, getMessage(), pointer);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
