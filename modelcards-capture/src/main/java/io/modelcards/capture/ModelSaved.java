package io.modelcards.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The trained model was saved; {@code contentHash} ({@code sha256:<64 hex>} of the saved bytes) becomes the card's
 * {@code details.artifact}, the identity that tells one trained model from another with the same name and version.
 *
 * @param contentHash the SHA-256 of the saved model, as {@code sha256:<64 hex>}
 */
public record ModelSaved(String contentHash) {
    public ModelSaved {
        Objects.requireNonNull(contentHash, "contentHash");
        if (!contentHash.matches("sha256:[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a model's content hash is written sha256:<64 lower-case hex digits>, not \""
                    + contentHash + "\"");
        }
    }

    /** The event for the model saved at {@code file} (a file; a model saved as a directory is hashed by its caller). */
    public static ModelSaved of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return new ModelSaved("sha256:" + HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
