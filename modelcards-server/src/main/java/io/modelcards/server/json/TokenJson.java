package io.modelcards.server.json;

import io.modelcards.registry.auth.NewToken;

/**
 * A token just issued, the one response that carries a token's text: the client shows it once.
 *
 * @param id        the token's id, to revoke it
 * @param user      the user it authenticates
 * @param expiresAt when it expires (ISO-8601), or absent for never
 * @param token     the token text
 */
public record TokenJson(long id, String user, String expiresAt, String token) {
    /** The JSON form of {@code token}. */
    public static TokenJson of(NewToken token) {
        return new TokenJson(token.id(), token.user(), token.expiresAt() == null ? null : token.expiresAt().toString(),
                token.token());
    }

    /** Leaves the token text out, like {@link NewToken#toString()}. */
    @Override
    public String toString() {
        return "TokenJson[id=" + id + ", user=" + user + ", expiresAt=" + expiresAt + "]";
    }
}
