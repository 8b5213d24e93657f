package io.modelcards.registry.catalog;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;

/**
 * A catalog operation refused, with one {@link Diagnostic} that says why and what to do; its code is stable
 * ({@code catalog/unknown-model}, {@code catalog/duplicate-version}, {@code catalog/bad-name}, ...). Nothing was written.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic problem;

    CatalogException(String subject, String code, String message) {
        this(new Diagnostic(Severity.ERROR, subject, 0, 0, code, message));
    }

    CatalogException(Diagnostic problem) {
        super(problem.format());
        this.problem = problem;
    }

    /** The problem, whose file is the subject ({@code models/NAME/versions/VERSION}) and whose code is stable. */
    public Diagnostic problem() {
        return problem;
    }

    /** The problem's stable code, for example {@code catalog/duplicate-version}. */
    public String code() {
        return problem.code();
    }
}
