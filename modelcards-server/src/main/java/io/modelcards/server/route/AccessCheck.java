package io.modelcards.server.route;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.modelcards.registry.auth.User;
import io.modelcards.server.problem.ApiException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one access check, run before every matched endpoint: it finds the endpoint's {@link Route}, authenticates the
 * {@code Authorization: Bearer} token and refuses with 401 (no token, or a bad one) or 403 (the caller's role lacks
 * the route's capability). Public routes need no token; anonymous-readable routes need none when the server allows
 * anonymous reads. Ownership is the registry's to check: it sees the model.
 */
public final class AccessCheck implements Handler {
    private static final String CALLER = "modelcards.caller";
    private static final String BEARER = "Bearer ";

    private final Function<String, Optional<User>> authenticate;
    private final boolean anonymousRead;

    /** A check that authenticates tokens with {@code authenticate} and allows anonymous reads if {@code anonymousRead}. */
    public AccessCheck(Function<String, Optional<User>> authenticate, boolean anonymousRead) {
        this.authenticate = authenticate;
        this.anonymousRead = anonymousRead;
    }

    @Override
    public void handle(Context ctx) {
        Route route = routeOf(ctx);
        if (route == null) {
            return;
        }
        admit(route, ctx.header("Authorization")).ifPresent(user -> ctx.attribute(CALLER, user));
    }

    /**
     * The caller that {@code authorization} (the request's Authorization header, or null) makes of a request to
     * {@code route}: empty for a public or an allowed anonymous request; refused with the 401 or 403 this check answers.
     * Whatever serves a route outside Javalin's handlers asks this too, so that there is still one check.
     */
    public Optional<User> admit(Route route, String authorization) {
        if (route.isPublic()) {
            return Optional.empty();
        }
        if (authorization == null) {
            if (route.anonymousReadable() && anonymousRead) {
                return Optional.empty();
            }
            throw new ApiException(401, "auth/token-required",
                    "this endpoint needs a token: send the header Authorization: Bearer <token>");
        }
        if (!authorization.startsWith(BEARER)) {
            throw new ApiException(401, "auth/bad-token", "the Authorization header must be: Bearer <token>");
        }
        User user = authenticate.apply(authorization.substring(BEARER.length()).trim())
                .orElseThrow(() -> new ApiException(401, "auth/bad-token",
                        "the token is unknown, revoked or expired: ask an admin for a new one"));
        if (!route.admits(user.role())) {
            throw new ApiException(403, "auth/forbidden", "a " + user.role().id() + " may not call " + route.key()
                    + ": it needs the capability " + route.anyOf().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                    .sorted().collect(Collectors.joining(" or ")) + "; ask an admin for a role that has it");
        }
        return Optional.of(user);
    }

    /** The authenticated caller of this request, or empty for an anonymous (or public) request. */
    public static Optional<User> caller(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }

    /** The authenticated caller of a route that needs one; the access check guarantees it is there. */
    public static User requireCaller(Context ctx) {
        return caller(ctx).orElseThrow(() -> new ApiException(401, "auth/token-required",
                "this endpoint needs a token: send the header Authorization: Bearer <token>"));
    }

    /** The route of the endpoint {@code ctx} matched, or null when none did. */
    public static Route routeOf(Context ctx) {
        return ctx.routeRoles().stream().filter(Route.class::isInstance).map(Route.class::cast).findFirst().orElse(null);
    }
}
