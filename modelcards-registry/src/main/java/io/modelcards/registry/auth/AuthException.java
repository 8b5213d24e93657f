package io.modelcards.registry.auth;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;

/**
 * A user or token operation refused, with one {@link Diagnostic} that says why and what to do, under a stable code
 * ({@code auth/bad-name}, {@code auth/duplicate-user}, {@code auth/unknown-user}). It never carries a token.
 */
public final class AuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic problem;

    AuthException(String subject, String code, String message) {
        super(new Diagnostic(Severity.ERROR, subject, 0, 0, code, message).format());
        this.problem = new Diagnostic(Severity.ERROR, subject, 0, 0, code, message);
    }

    /** The problem, whose file is the subject ({@code users/NAME}) and whose code is stable. */
    public Diagnostic problem() {
        return problem;
    }

    /** The problem's stable code. */
    public String code() {
        return problem.code();
    }
}
