package io.modelcards.server.ui;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server-side session store: a session id is 256 random bits given to the browser once; the store keeps only the
 * SHA-256 of it, and the token sealed (AES-GCM) under a key derived from the id, so that the store alone (a heap dump)
 * reveals neither a usable cookie nor a token. Sessions live in memory: a restart signs everyone out.
 */
public final class Sessions {
    /** How long a session lasts from sign-in. */
    public static final Duration LIFETIME = Duration.ofHours(12);
    private static final int GCM_TAG_BITS = 128;
    private static final int IV_BYTES = 12;

    private final Map<String, Stored> byHash = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    /** A store whose sessions expire by {@code clock}. */
    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /**
     * A session opened with the API token a person signed in with.
     *
     * @param id      the session id for the cookie: 256 random bits, base64url; the store does not keep it
     * @param session the session it names
     */
    public record Opened(String id, Session session) {
        /** Names the opening without its secrets. */
        @Override
        public String toString() {
            return "Opened[" + session + "]";
        }
    }

    /** Opens a session for {@code token}, which the caller has already authenticated. */
    public Opened open(String token) {
        // Sessions nobody looks up again would stay forever: drop the expired ones whenever one opens.
        Instant now = clock.instant();
        byHash.values().removeIf(s -> !now.isBefore(s.expiresAt()));
        String id = randomText();
        Session session = new Session(token, randomText(), clock.instant().plus(LIFETIME));
        byHash.put(hash(id), new Stored(seal(id, token), session.csrf(), session.expiresAt()));
        return new Opened(id, session);
    }

    /** The live session {@code id} names; empty for an unknown, closed or expired one (an expired one is dropped). */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String key = hash(id);
        Stored stored = byHash.get(key);
        if (stored == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(stored.expiresAt())) {
            byHash.remove(key);
            return Optional.empty();
        }
        return Optional.of(new Session(unseal(id, stored.sealedToken()), stored.csrf(), stored.expiresAt()));
    }

    /** Ends the session {@code id} names, if there is one. */
    public void close(String id) {
        if (id != null) {
            byHash.remove(hash(id));
        }
    }

    /** How many sessions the store holds, expired ones not yet dropped included. */
    public int size() {
        return byHash.size();
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] seal(String id, String token) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(id), new GCMParameterSpec(GCM_TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES-GCM", e);
        }
    }

    private static String unseal(String id, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(id), new GCMParameterSpec(GCM_TAG_BITS, sealed, 0, IV_BYTES));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored session no longer opens", e);
        }
    }

    private static SecretKeySpec key(String id) {
        return new SecretKeySpec(sha256("modelcards ui session key\0" + id), "AES");
    }

    private static String hash(String id) {
        return Base64.getEncoder().encodeToString(sha256(id));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** What the store keeps of a session: nothing that works as a cookie or a token by itself. */
    private record Stored(byte[] sealedToken, String csrf, Instant expiresAt) {}
}
