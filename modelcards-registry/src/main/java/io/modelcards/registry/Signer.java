package io.modelcards.registry;

import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.AuditKeys;
import io.modelcards.registry.audit.ChainHead;
import io.modelcards.registry.audit.Checkpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HexFormat;

/**
 * The registry's checkpoint signer: its Ed25519 key pair, loaded from the key file or created there (owner-only) on
 * first open, with the public key beside it in {@code <key file>.pub}. The checkpoints' origin names the registry by its
 * key ({@code modelcards/registry-<8 hex digits of the key's SHA-256>}), so that one registry's checkpoint cannot pass
 * for another's.
 *
 * @param keys     the key pair
 * @param instance the instance name in the checkpoints' origin line
 */
record Signer(KeyPair keys, String instance) {
    /** The key name on every checkpoint's signature line. */
    static final String KEY_NAME = "modelcards-registry";

    /** The signer whose private key is in {@code keyFile}, created with its public key when neither exists yet. */
    static Signer open(Path keyFile) {
        Path pub = publicFile(keyFile);
        try {
            KeyPair keys;
            if (Files.exists(keyFile)) {
                PrivateKey priv = AuditKeys.readPrivate(keyFile);
                if (!Files.exists(pub)) {
                    throw new IOException("the public key " + pub + " of the signing key " + keyFile + " is missing: restore it"
                            + " from a backup (the private key alone cannot give it back)");
                }
                keys = new KeyPair(AuditKeys.readPublic(pub), priv);
            } else {
                keys = AuditKeys.generate();
                AuditKeys.writePublic(pub, keys.getPublic());
                AuditKeys.writePrivate(keyFile, keys.getPrivate());
            }
            return new Signer(keys, "registry-" + fingerprint(keys.getPublic()));
        } catch (IOException e) {
            throw RegistryException.of(Kind.INVALID, keyFile.toString(), "registry/key-file", e.getMessage());
        }
    }

    /** Where the public key of the private key in {@code keyFile} is kept. */
    static Path publicFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    /** The signed checkpoint of {@code head}. */
    Checkpoint sign(ChainHead head) {
        return Checkpoint.sign(instance, head, KEY_NAME, keys);
    }

    /** The public key that verifies this signer's checkpoints. */
    PublicKey publicKey() {
        return keys.getPublic();
    }

    private static String fingerprint(PublicKey key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(AuditKeys.raw(key));
            return HexFormat.of().formatHex(sha, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
