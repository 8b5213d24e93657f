package io.modelcards.server.route;

/** Which rule about the caller's relation to the model a route adds to its capability check. */
public enum Ownership {
    /** None: the capability alone decides. */
    NONE,
    /** A caller with the author role acts only on models it created; reviewers and admins act on any model. */
    OWNER,
    /** The caller must not have written the revision it acts on (no one approves their own work, admins included). */
    NOT_AUTHOR
}
