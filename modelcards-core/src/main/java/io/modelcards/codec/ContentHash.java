package io.modelcards.codec;

import io.modelcards.card.ModelCard;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A card's content address: the SHA-256 of its {@link CanonicalJson canonical form}, printed {@code sha256:<64 hex>}.
 * The same content always has the same hash, whether it was read from a README, from JSON or from YAML, and whatever
 * the README's layout; any change of a value changes it.
 *
 * @param hex the digest as 64 lowercase hexadecimal digits
 */
public record ContentHash(String hex) {
    /** What the printed form starts with. */
    public static final String PREFIX = "sha256:";

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Checks that {@code hex} is 64 lowercase hexadecimal digits. */
    public ContentHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a content hash is 64 lowercase hexadecimal digits, not '" + hex + "'");
        }
    }

    /** The hash of {@code card}'s canonical form. */
    public static ContentHash of(ModelCard card) {
        try {
            return new ContentHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.of(card))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The hash printed as {@code text} ({@code sha256:<64 hex>}); anything else is an {@link IllegalArgumentException}. */
    public static ContentHash parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a content hash starts with " + PREFIX + ", not '" + text + "'");
        }
        return new ContentHash(text.substring(PREFIX.length()));
    }

    /** {@code sha256:} and the 64 hexadecimal digits. */
    @Override
    public String toString() {
        return PREFIX + hex;
    }
}
