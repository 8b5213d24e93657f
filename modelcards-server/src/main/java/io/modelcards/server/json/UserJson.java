package io.modelcards.server.json;

import io.modelcards.registry.auth.User;

/**
 * A user as the API shows it.
 *
 * @param name      the user's name
 * @param role      viewer, author, reviewer or admin
 * @param createdAt when it was added (ISO-8601)
 * @param disabled  whether its tokens are refused
 */
public record UserJson(String name, String role, String createdAt, boolean disabled) {
    /** The JSON form of {@code user}. */
    public static UserJson of(User user) {
        return new UserJson(user.name(), user.role().id(), user.createdAt().toString(), user.disabled());
    }
}
