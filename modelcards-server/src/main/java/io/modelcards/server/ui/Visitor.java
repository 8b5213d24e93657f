package io.modelcards.server.ui;

import io.modelcards.registry.auth.User;

/**
 * Who makes a UI request: the signed-in user and their session, or an anonymous visitor (both null).
 *
 * @param user      the user the session's token authenticates now, or null
 * @param session   the live session, or null
 */
record Visitor(User user, Session session) {
    /** An anonymous visitor. */
    static final Visitor ANONYMOUS = new Visitor(null, null);

    /** Whether someone is signed in. */
    boolean signedIn() {
        return user != null;
    }
}
