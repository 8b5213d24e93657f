package io.modelcards.registry.auth;

/** Something a route needs its caller to be able to do; each {@link Role} grants a fixed set of them. */
public enum Capability {
    /** Read models, versions, cards, reviews, comments and the audit log. */
    READ,
    /** Create models and versions, upload and edit cards, submit: on models the caller owns, unless an admin. */
    AUTHOR,
    /** Approve or request changes (never on one's own revision: the approval policy's rule). */
    REVIEW,
    /** Manage users and tokens, and act on any model. */
    ADMINISTER
}
