package io.modelcards.server.route;

/** Which rule about the caller's relation to the model a route adds to its capability check. */
public enum Ownership {
    /** None: the capability alone decides. */
    NONE,
    /** Authors act only on models they created; admins act on any model. */
    OWNER,
    /** The caller must not have written the revision it acts on (no one approves their own work, admins included). */
    NOT_AUTHOR
}
