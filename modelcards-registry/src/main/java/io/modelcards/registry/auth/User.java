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
    /**
     * The actor of the admin commands run on the registry's database directly ({@code modelcards users add NAME --home DIR},
     * {@code tokens revoke ID --db URL}): an admin, recorded in the audit log as {@code local:admin}. Whoever can open the
     * database can change it anyway, so such a person is trusted as an admin; their changes still go through the audited
     * registry methods. The name is not a valid user name (it holds a colon), so no user can be added under it and its
     * audit entries are never mistaken for a user's. It exists in no users table and has no token.
     */
    public static final User LOCAL_ADMIN = new User("local:admin", Role.ADMIN, Instant.EPOCH, false);

    /** Whether this user, enabled, may do {@code capability}. */
    public boolean may(Capability capability) {
        return !disabled && role.grants(capability);
    }
}
