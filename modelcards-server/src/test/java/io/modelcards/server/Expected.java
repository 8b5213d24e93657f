package io.modelcards.server;

import io.modelcards.registry.auth.Role;
import io.modelcards.server.route.Ownership;
import io.modelcards.server.route.Route;

/**
 * What the route table says a caller gets: 401, 403, or through (any other status). The authorization matrix test
 * computes every expectation here, from the table, rather than listing them case by case.
 */
enum Expected {
    /** No or a bad token. */
    UNAUTHORIZED,
    /** The role lacks the capability, or the ownership rule refuses. */
    FORBIDDEN,
    /** Past the access rules: whatever the request then meets (200, 404, 409, ...), never 401 or 403. */
    THROUGH;

    /**
     * The expectation for {@code route} called by a user with {@code role} (null: anonymous, on a server without
     * anonymous reads) on a model it owns ({@code own}: it also wrote the model's revisions) or on another's.
     */
    static Expected of(Route route, Role role, boolean own) {
        if (route.isPublic()) {
            return THROUGH;
        }
        if (role == null) {
            return UNAUTHORIZED;
        }
        if (!route.admits(role)) {
            return FORBIDDEN;
        }
        if (route.ownership() == Ownership.OWNER && role == Role.AUTHOR && !own) {
            return FORBIDDEN;
        }
        if (route.ownership() == Ownership.NOT_AUTHOR && own) {
            return FORBIDDEN;
        }
        return THROUGH;
    }

    /** Whether {@code status} is what this expectation allows. */
    boolean matches(int status) {
        return switch (this) {
            case UNAUTHORIZED -> status == 401;
            case FORBIDDEN -> status == 403;
            case THROUGH -> status != 401 && status != 403 && status < 500;
        };
    }
}
