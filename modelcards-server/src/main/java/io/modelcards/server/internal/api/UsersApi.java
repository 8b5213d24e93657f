package io.modelcards.server.internal.api;

import io.javalin.http.Handler;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.Registry;
import io.modelcards.server.json.Wire.TokenJson;
import io.modelcards.server.json.Wire.UserJson;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.AccessCheck;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Users and tokens (admins only, by the route table), each change audited by the registry. */
final class UsersApi {
    private UsersApi() {
    }

    /** Adds the users and tokens handlers to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("listUsers", ctx -> ctx.json(registry.users().list().stream().map(UserJson::of).toList()));
        h.put("createUser", ctx -> {
            NewUser body = Bodies.json(ctx, NewUser.class, false);
            String name = Bodies.required(body.name(), "name");
            Role role = Role.parse(Bodies.required(body.role(), "role")).orElseThrow(() -> new ApiException(422,
                    "auth/bad-role", "unknown role \"" + body.role() + "\": use viewer, author, reviewer or admin", "/role"));
            ctx.status(201).json(UserJson.of(registry.addUser(AccessCheck.requireCaller(ctx), name, role)));
        });
        h.put("createToken", ctx -> {
            TokenRequest body = Bodies.json(ctx, TokenRequest.class, true);
            ctx.status(201).json(TokenJson.of(registry.issueToken(AccessCheck.requireCaller(ctx), ctx.pathParam("name"),
                    expiry(body.expiresAt()))));
        });
        h.put("revokeToken", ctx -> {
            if (!registry.revokeToken(AccessCheck.requireCaller(ctx), Params.longPath(ctx, "id"))) {
                throw new ApiException(404, "auth/unknown-token", "there is no token with id " + ctx.pathParam("id"));
            }
            ctx.status(204);
        });
    }

    private static Instant expiry(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "request/bad-field", "expires_at must be an ISO-8601 instant such as "
                    + "2027-01-31T00:00:00Z", "/expires_at");
        }
    }

    /**
     * The body of createUser.
     *
     * @param name the new user's name
     * @param role its role
     */
    record NewUser(String name, String role) {}

    /**
     * The body of createToken.
     *
     * @param expiresAt when the token expires (ISO-8601), or null for never
     */
    record TokenRequest(String expiresAt) {}
}
