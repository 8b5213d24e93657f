package io.modelcards.registry;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.Severity;
import io.modelcards.registry.auth.AuthException;
import io.modelcards.registry.catalog.CatalogException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A registry operation refused: what kind of refusal it is ({@link #kind()}, which a server maps to an HTTP status) and
 * every problem, each a {@link Diagnostic} with a stable code and, where the problem is about a card field, its JSON
 * Pointer. Nothing was written: the transaction it ended was rolled back.
 */
public final class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of refusal; a server answers them 404, 403, 409, 412 and 422. */
    public enum Kind {
        /** The model, version, revision or comment does not exist. */
        NOT_FOUND,
        /** The caller may not do this (role, ownership, or an author approving their own revision). */
        FORBIDDEN,
        /** The current state does not allow it (a refused transition, a frozen card, a name taken). */
        CONFLICT,
        /** The caller's {@code ifMatch} revision is no longer the current one: read again and retry. */
        PRECONDITION_FAILED,
        /** The input is wrong (a card failing the rule packs, a bad pointer, a change request without a comment). */
        INVALID
    }

    private final Kind kind;
    private final transient List<Diagnostic> problems;

    /** A refusal of {@code kind} for {@code problems} (at least one). */
    public RegistryException(Kind kind, List<Diagnostic> problems) {
        super(message(problems));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problems = List.copyOf(problems);
    }

    /** A refusal of {@code kind} with one error about {@code subject} ({@code models/m/versions/1.0.0}). */
    public static RegistryException of(Kind kind, String subject, String code, String message) {
        return new RegistryException(kind, List.of(new Diagnostic(Severity.ERROR, subject, 0, 0, code, message)));
    }

    /**
     * The catalog's refusal as a registry refusal: an unknown model or version is {@link Kind#NOT_FOUND}, a taken name
     * or a frozen card {@link Kind#CONFLICT}, a stale revision {@link Kind#PRECONDITION_FAILED}, anything else
     * (a bad name, cursor or page size) {@link Kind#INVALID}.
     */
    public static RegistryException of(CatalogException e) {
        Kind kind = switch (e.code()) {
            case "catalog/unknown-model", "catalog/unknown-version" -> Kind.NOT_FOUND;
            case "catalog/duplicate-model", "catalog/duplicate-version", "catalog/frozen" -> Kind.CONFLICT;
            case "catalog/stale-revision" -> Kind.PRECONDITION_FAILED;
            default -> Kind.INVALID;
        };
        return new RegistryException(kind, List.of(e.problem()));
    }

    /**
     * The users' and tokens' refusal as a registry refusal: an unknown user is {@link Kind#NOT_FOUND}, a taken name
     * {@link Kind#CONFLICT}, a disabled user {@link Kind#FORBIDDEN}, a bad name {@link Kind#INVALID}.
     */
    public static RegistryException of(AuthException e) {
        Kind kind = switch (e.code()) {
            case "auth/unknown-user" -> Kind.NOT_FOUND;
            case "auth/duplicate-user" -> Kind.CONFLICT;
            case "auth/disabled-user" -> Kind.FORBIDDEN;
            default -> Kind.INVALID;
        };
        return new RegistryException(kind, List.of(e.problem()));
    }

    /** Invalid input, every problem of {@code e}, each named in {@code subject} when it names no file of its own ("-"). */
    public static RegistryException invalid(InvalidInputException e, String subject) {
        return new RegistryException(Kind.INVALID, e.problems().stream()
                .map(d -> "-".equals(d.file()) ? d.inFile(subject) : d).toList());
    }

    /** What kind of refusal this is. */
    public Kind kind() {
        return kind;
    }

    /** Every problem, in the order found; never empty. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** The first problem's stable code, e.g. {@code workflow/not-allowed}. */
    public String code() {
        return problems.get(0).code();
    }

    private static String message(List<Diagnostic> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a registry refusal says why: give at least one problem");
        }
        return problems.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
