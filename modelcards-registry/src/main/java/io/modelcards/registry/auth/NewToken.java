package io.modelcards.registry.auth;

import java.time.Instant;

/**
 * A token just issued: the only time its text exists outside the caller's hands. Show {@link #token()} once and drop it;
 * the registry keeps only its SHA-256. {@link #toString()} leaves the token out.
 *
 * @param id        the token's id, for listing and revoking it
 * @param user      the user it authenticates
 * @param expiresAt when it stops being accepted, or null for never
 * @param token     the token text, {@code mc_} and 43 base64url characters (32 random bytes)
 */
public record NewToken(long id, String user, Instant expiresAt, String token) {
    /** The id, user and expiry, never the token text. */
    @Override
    public String toString() {
        return "NewToken[id=" + id + ", user=" + user + ", expiresAt=" + expiresAt + ", token=(shown once, not printed)]";
    }
}
