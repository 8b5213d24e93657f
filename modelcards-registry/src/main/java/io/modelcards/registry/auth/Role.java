package io.modelcards.registry.auth;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A user's role. Roles are sets of {@link Capability capabilities}, not a ladder: a reviewer reads and reviews but does
 * not write cards, an author reads and writes its own models' drafts but does not review, and an admin does everything.
 * Keeping authoring and reviewing apart is what makes review impossible to bypass.
 */
public enum Role {
    /** Reads. */
    VIEWER(EnumSet.of(Capability.READ)),
    /** Reads and writes its own models' cards. */
    AUTHOR(EnumSet.of(Capability.READ, Capability.AUTHOR)),
    /** Reads and reviews. */
    REVIEWER(EnumSet.of(Capability.READ, Capability.REVIEW)),
    /** Does everything, including managing users and tokens. */
    ADMIN(EnumSet.allOf(Capability.class));

    private final Set<Capability> grants;

    Role(Set<Capability> grants) {
        this.grants = grants;
    }

    /** Whether this role may do {@code capability}. */
    public boolean grants(Capability capability) {
        return grants.contains(capability);
    }

    /** The name on the wire and in the database: lower case ({@code reviewer}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code id} ({@code reviewer}), if there is one. */
    public static Optional<Role> parse(String id) {
        for (Role r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
