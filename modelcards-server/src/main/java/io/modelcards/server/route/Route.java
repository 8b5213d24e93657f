package io.modelcards.server.route;

import io.javalin.security.RouteRole;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One endpoint of the REST API, as the route table declares it: everything the server registers, checks and documents
 * about it. It is a {@link RouteRole} so that the access check finds the route it guards on the matched endpoint.
 *
 * @param method            the HTTP method, upper case
 * @param path              the path with {@code {name}} parameters, as Javalin and OpenAPI both write it
 * @param operationId       the stable name of the operation (OpenAPI operationId, handler key)
 * @param summary           one line for the OpenAPI document
 * @param anyOf             the capabilities of which the caller needs one; empty means the route is public
 * @param ownership         the ownership rule the registry enforces on top of the capability
 * @param anonymousReadable whether callers without a token may use it when the server allows anonymous reads
 * @param query             the query parameters it reads
 * @param bodyTypes         the request body media types it accepts, empty when it takes no body
 * @param status            the status of its success response
 */
public record Route(String method, String path, String operationId, String summary, Set<Capability> anyOf,
                    Ownership ownership, boolean anonymousReadable, List<String> query, List<String> bodyTypes, int status)
        implements RouteRole {
    /** Copies the collections and checks that nothing is missing. */
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(ownership, "ownership");
        anyOf = anyOf.isEmpty() ? Set.of() : Set.copyOf(anyOf);
        query = List.copyOf(query);
        bodyTypes = List.copyOf(bodyTypes);
    }

    /** Whether anyone, with or without a token, may call it. */
    public boolean isPublic() {
        return anyOf.isEmpty();
    }

    /** Whether a user with {@code role} has one of the capabilities the route asks for (public routes: always). */
    public boolean admits(Role role) {
        return isPublic() || anyOf.stream().anyMatch(role::grants);
    }

    /** The path's parameter names, in order. */
    public List<String> pathParameters() {
        return Paths.parameters(path);
    }

    /** {@code METHOD path}, the way the tests and the logs name a route. */
    public String key() {
        return method + " " + path;
    }
}
