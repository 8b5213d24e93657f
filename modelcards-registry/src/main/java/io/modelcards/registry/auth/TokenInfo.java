package io.modelcards.registry.auth;

import java.time.Instant;

/**
 * What the registry knows about a token, without its text or hash.
 *
 * @param id        the token's id
 * @param user      the user it authenticates
 * @param createdAt when it was issued
 * @param expiresAt when it stops being accepted, or null for never
 * @param revokedAt when it was revoked, or null
 */
public record TokenInfo(long id, String user, Instant createdAt, Instant expiresAt, Instant revokedAt) {}
