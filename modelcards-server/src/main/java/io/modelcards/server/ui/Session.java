package io.modelcards.server.ui;

import java.time.Instant;

/**
 * A signed-in browser session, as one request sees it: the token it signed in with (kept only server-side, to
 * re-authenticate every request), its CSRF token and when it ends.
 *
 * @param token     the API token the person signed in with; never shown, logged or sent back
 * @param csrf      the synchronizer token every form of this session carries
 * @param expiresAt when the session ends, whatever happens to the token
 */
public record Session(String token, String csrf, Instant expiresAt) {
    /** Names the session without its secrets, so that no log line or message can carry them. */
    @Override
    public String toString() {
        return "Session[expiresAt=" + expiresAt + "]";
    }
}
