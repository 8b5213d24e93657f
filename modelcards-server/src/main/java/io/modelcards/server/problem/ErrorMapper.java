package io.modelcards.server.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.RegistryException;
import io.modelcards.registry.auth.AuthException;
import io.modelcards.registry.catalog.CatalogException;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error mapper: turns every exception a request ends with into an RFC 7807 problem response. Known refusals
 * keep their codes, messages and pointers; anything unexpected becomes a 500 with a generic message and an error id,
 * and the server log gets one error line under that id: the route, and the failure's exception types and where it was
 * thrown. Never the exception's message, which may quote a request body, a query's arguments or a secret.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final Map<String, Integer> CODE_STATUS = Map.ofEntries(
            Map.entry("auth/duplicate-user", 409), Map.entry("auth/unknown-user", 404),
            Map.entry("catalog/unknown-model", 404), Map.entry("catalog/unknown-version", 404),
            Map.entry("catalog/duplicate-model", 409), Map.entry("catalog/duplicate-version", 409),
            Map.entry("catalog/frozen", 409), Map.entry("catalog/stale-revision", 412),
            Map.entry("catalog/bad-cursor", 400), Map.entry("catalog/bad-limit", 400));

    private final ObjectMapper json;

    /** A mapper writing problems with {@code json}. */
    public ErrorMapper(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the problem for {@code e} as the response of {@code ctx}. */
    public void handle(Exception e, Context ctx) {
        Problem problem = problemFor(e);
        if (problem.errorId() != null) {
            LOG.error("{} failed with error id {}: {}", route(ctx), problem.errorId(), failure(e));
        }
        write(ctx, problem);
    }

    /** Writes {@code problem} as the response: its status, the problem media type and the JSON body. */
    public void write(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(problem));
        } catch (Exception unexpected) {
            ctx.status(500).contentType(Problem.MEDIA_TYPE).result("{\"status\":500,\"title\":\"Internal server error\"}");
        }
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
    }

    /** The problem {@code e} becomes. */
    public Problem problemFor(Exception e) {
        if (e instanceof RegistryException refused) {
            return fromDiagnostics(status(refused.kind()), refused.problems());
        }
        if (e instanceof ApiException api) {
            return api.problem();
        }
        if (e instanceof InvalidInputException invalid) {
            return fromDiagnostics(422, invalid.problems());
        }
        if (e instanceof AuthException auth) {
            return fromDiagnostics(CODE_STATUS.getOrDefault(auth.code(), 422), List.of(auth.problem()));
        }
        if (e instanceof CatalogException catalog) {
            return fromDiagnostics(CODE_STATUS.getOrDefault(catalog.code(), 422), List.of(catalog.problem()));
        }
        if (e instanceof HttpResponseException http) {
            return fromHttp(http.getStatus());
        }
        String errorId = UUID.randomUUID().toString();
        return Problem.of(500, List.of(new Problem.Item("server/internal",
                "the server failed to handle this request; the operator can find error id " + errorId + " in its log",
                null, null, null)), errorId);
    }

    /** The route that failed: its method and path pattern, or the request's path when no route matched. */
    static String route(Context ctx) {
        Endpoint matched = null;
        try {
            matched = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException none) {
            // Javalin has no matched endpoint to give (the request failed before routing): the path says enough.
        }
        return matched != null ? matched.method + " " + matched.path : ctx.method() + " " + ctx.path();
    }

    /**
     * What failed, for the operator: each exception's type, outermost first, and where the outermost left modelcards'
     * code (else where it was thrown). Messages are left out: they may quote request bodies, SQL arguments or secrets.
     */
    static String failure(Throwable e) {
        List<String> types = new ArrayList<>();
        for (Throwable t = e; t != null && types.size() < 8; t = t.getCause()) {
            types.add(t.getClass().getName());
        }
        StackTraceElement[] trace = e.getStackTrace();
        StackTraceElement at = Arrays.stream(trace).filter(f -> f.getClassName().startsWith("io.modelcards.")).findFirst()
                .orElse(trace.length == 0 ? null : trace[0]);
        return String.join(" caused by ", types) + (at == null ? "" : " at " + at);
    }

    /** The status of a registry refusal of {@code kind}. */
    public static int status(RegistryException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case INVALID -> 422;
        };
    }

    /** A problem of {@code status} listing every diagnostic, with its pointer and its line and column when known. */
    public static Problem fromDiagnostics(int status, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return Problem.of(status, "request/refused", "the request was refused", null);
        }
        List<Problem.Item> items = diagnostics.stream().map(ErrorMapper::item).toList();
        return Problem.of(status, items, null);
    }

    private static Problem.Item item(Diagnostic d) {
        return new Problem.Item(d.code(), d.message(), d.pointer(), d.line() > 0 ? d.line() : null,
                d.column() > 0 ? d.column() : null);
    }

    /** Javalin's own refusals (no such route, body too large, ...), with messages of ours. */
    private static Problem fromHttp(int status) {
        return switch (status) {
            case 404 -> Problem.of(404, "http/not-found", "there is no such endpoint: see /openapi.json for the API", null);
            case 405 -> Problem.of(405, "http/method-not-allowed", "this endpoint does not take that method", null);
            case 413 -> Problem.of(413, "http/too-large", "the request body is larger than this server accepts", null);
            case 400 -> Problem.of(400, "http/bad-request", "the request could not be read", null);
            default -> Problem.of(status, "http/refused", "the request was refused", null);
        };
    }
}
