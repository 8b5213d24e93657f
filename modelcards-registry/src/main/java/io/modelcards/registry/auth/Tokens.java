package io.modelcards.registry.auth;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * API tokens: 32 bytes from {@link SecureRandom}, shown once as {@code mc_<base64url>}, stored only as the SHA-256 of
 * that text, with an optional expiry and a revocation time. A stolen database therefore yields no usable token. No
 * method puts a token's text in a message, a log or an exception.
 */
public final class Tokens {
    /** What every token starts with, so that secret scanners and people recognise one. */
    public static final String PREFIX = "mc_";
    /** A token's shape: the prefix and 43 base64url characters (32 bytes, no padding). */
    static final Pattern SHAPE = Pattern.compile("mc_[A-Za-z0-9_-]{43}");

    private final Jdbi jdbi;
    private final Handle handle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** The tokens stored in {@code database}; {@code clock} decides expiry. */
    public Tokens(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.handle = null;
        this.clock = clock;
    }

    private Tokens(Handle handle, Clock clock) {
        this.jdbi = null;
        this.handle = handle;
        this.clock = clock;
    }

    /** The same tokens inside the transaction of {@code handle}: writes commit or roll back with it. */
    public Tokens within(Handle handle) {
        return new Tokens(handle, clock);
    }

    /** Issues a token for the enabled user {@code user}, accepted until {@code expiresAt} (null: until revoked). */
    public NewToken issue(String user, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = on(h -> {
            Boolean disabled = h.createQuery("SELECT disabled FROM users WHERE name = :n").bind("n", user).mapTo(Boolean.class)
                    .findOne().orElseThrow(() -> Users.unknown(user));
            if (disabled) {
                throw new AuthException("users/" + user, "auth/disabled-user", "user '" + user + "' is disabled: add a new user instead");
            }
            return h.createUpdate("INSERT INTO tokens (user_name, hash, created_at, expires_at) VALUES (:u, :h, :at, :exp)")
                    .bind("u", user).bind("h", sha256(token)).bind("at", Rows.instant(clock.instant()))
                    .bind("exp", Rows.instant(expiresAt)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
        return new NewToken(id, user, expiresAt, token);
    }

    /**
     * The user {@code presented} authenticates: empty when it is malformed, unknown, revoked, expired (at or after its
     * expiry by the clock) or its user is disabled. The stored and computed hashes are compared in constant time.
     */
    public Optional<User> authenticate(String presented) {
        return accept(presented).map(Accepted::user);
    }

    /**
     * The token {@code presented}, when it authenticates (see {@link #authenticate}), with its user and expiry: what a
     * caller keeping accepted tokens in memory needs to stop accepting it in time.
     */
    public Optional<Accepted> accept(String presented) {
        if (presented == null || !SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        String hash = sha256(presented);
        Instant now = clock.instant();
        return on(h -> h.createQuery("SELECT t.hash, t.expires_at, t.revoked_at, u.name, u.role, u.created_at, u.disabled"
                        + " FROM tokens t JOIN users u ON u.name = t.user_name WHERE t.hash = :h")
                .bind("h", hash)
                .map((rs, ctx) -> {
                    boolean same = MessageDigest.isEqual(rs.getString("hash").getBytes(StandardCharsets.US_ASCII),
                            hash.getBytes(StandardCharsets.US_ASCII));
                    Instant expires = Rows.instant(rs, "expires_at");
                    boolean live = rs.getObject("revoked_at") == null && (expires == null || now.isBefore(expires));
                    User user = Users.user(rs, ctx);
                    return same && live && !user.disabled() ? Optional.of(new Accepted(user, expires)) : Optional.<Accepted>empty();
                })
                .findOne().flatMap(o -> o));
    }

    /**
     * A token that authenticated.
     *
     * @param user      its user
     * @param expiresAt when it stops being accepted, or null when only revocation ends it
     */
    public record Accepted(User user, Instant expiresAt) {
        /** Whether it is still accepted at {@code now} as far as its expiry goes (revocation is the database's to tell). */
        public boolean liveAt(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    /** Revokes token {@code id} from now on; false when there is no such token or it was already revoked. */
    public boolean revoke(long id) {
        return on(h -> h.createUpdate("UPDATE tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", Rows.instant(clock.instant())).bind("id", id).execute()) == 1;
    }

    /** The tokens of {@code user}, oldest first, without their text or hash. */
    public List<TokenInfo> list(String user) {
        return on(h -> h.createQuery("SELECT id, user_name, created_at, expires_at, revoked_at FROM tokens"
                        + " WHERE user_name = :u ORDER BY id")
                .bind("u", user)
                .map((rs, ctx) -> new TokenInfo(rs.getLong("id"), rs.getString("user_name"), Rows.instant(rs, "created_at"),
                        Rows.instant(rs, "expires_at"), Rows.instant(rs, "revoked_at")))
                .list());
    }

    /** What the tokens table stores of {@code token}: a key for it that reveals nothing of its text. */
    public static String fingerprint(String token) {
        return sha256(token);
    }

    /** The SHA-256 of {@code token}'s UTF-8 text, as 64 lowercase hex digits: what the tokens table stores. */
    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Runs {@code work} on the caller's handle, or in a transaction of its own. */
    private <T> T on(Function<Handle, T> work) {
        return handle != null ? work.apply(handle) : jdbi.inTransaction(work::apply);
    }
}
