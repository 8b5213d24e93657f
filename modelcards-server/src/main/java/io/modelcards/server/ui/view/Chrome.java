package io.modelcards.server.ui.view;

/**
 * What the layout around every page shows: who is signed in and the form data that signs them out.
 *
 * @param user  the signed-in user's name, or null for an anonymous visitor
 * @param role  the signed-in user's role, or null
 * @param csrf  the session's CSRF token for the page's forms, or null without a session
 * @param css   the URL of the stylesheet, versioned by its content
 */
public record Chrome(String user, String role, String csrf, String css) {
    /** Whether someone is signed in. */
    public boolean signedIn() {
        return user != null;
    }
}
