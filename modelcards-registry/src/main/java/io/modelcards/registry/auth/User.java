package io.modelcards.registry.auth;

import java.time.Instant;

/**
 * A registry user.
 *
 * @param name      unique name, the actor recorded in the catalog and the audit log
 * @param role      what the user may do
 * @param createdAt when the user was added
 * @param disabled  whether the user was disabled: none of its tokens is accepted any more
 */
public record User(String name, Role role, Instant createdAt, boolean disabled) {
    /** Whether this user, enabled, may do {@code capability}. */
    public boolean may(Capability capability) {
        return !disabled && role.grants(capability);
    }
}
