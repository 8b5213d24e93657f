package io.modelcards.registry.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The registry's checkpoint signing keys (Ed25519, from the JDK): generating them, keeping them in PEM files (the
 * private key as PKCS#8, written owner-only and refused when others may read it; the public key as X.509
 * SubjectPublicKeyInfo), and a key's C2SP signed-note key hint.
 */
public final class AuditKeys {
    /** The JDK's name of the signature algorithm. */
    public static final String ALGORITHM = "Ed25519";

    /** C2SP signed-note's signature type byte for Ed25519. */
    private static final byte ED25519_TYPE = 0x01;

    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AuditKeys() {}

    /** A new Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    /**
     * Writes {@code key} to a new file {@code file} as a PKCS#8 PEM, readable and writable by its owner only (on file
     * systems with POSIX permissions); an existing file is never overwritten, since that would lose a signing key.
     */
    public static void writePrivate(Path file, PrivateKey key) throws IOException {
        if (Files.exists(file)) {
            throw new KeyFileException("the key file " + file + " already exists: remove it first or choose another path");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyFileException("the key file " + file + " already exists: remove it first or choose another path");
        }
        Files.writeString(file, pem(PRIVATE_PEM, key.getEncoded()), StandardCharsets.US_ASCII);
    }

    /** Reads the private key in {@code file}, refusing it when group or others have any permission on it. */
    public static PrivateKey readPrivate(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new KeyFileException("the signing key " + file + " does not exist: create it, or give the path of the registry's key");
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            if (!OWNER_ONLY.containsAll(perms)) {
                throw new KeyFileException("the signing key " + file + " is open to other users ("
                        + PosixFilePermissions.toString(perms) + "): make it private with `chmod 600 " + file + "`");
            }
        }
        byte[] der = unpem(file, PRIVATE_PEM);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new KeyFileException("the key file " + file + " holds no Ed25519 private key");
        }
    }

    /** Writes {@code key} to {@code file} as an X.509 SubjectPublicKeyInfo PEM (the form OpenSSL prints). */
    public static void writePublic(Path file, PublicKey key) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, pem(PUBLIC_PEM, key.getEncoded()), StandardCharsets.US_ASCII);
    }

    /** {@code key} as the X.509 SubjectPublicKeyInfo PEM text that {@link #writePublic} writes. */
    public static String publicPem(PublicKey key) {
        return pem(PUBLIC_PEM, key.getEncoded());
    }

    /** Reads the Ed25519 public key in {@code file}. */
    public static PublicKey readPublic(Path file) throws IOException {
        byte[] der = unpem(file, PUBLIC_PEM);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new KeyFileException("the key file " + file + " holds no Ed25519 public key");
        }
    }

    /** The key's 32 bytes as RFC 8032 encodes them: its X.509 encoding without the 12-byte algorithm prefix. */
    public static byte[] raw(PublicKey key) {
        byte[] spki = key.getEncoded();
        if ((!ALGORITHM.equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) || spki.length != 44) {
            throw new IllegalArgumentException("a checkpoint key is an Ed25519 key");
        }
        return Arrays.copyOfRange(spki, 12, 44);
    }

    /**
     * The C2SP signed-note key hint (its "key ID") of the key named {@code keyName}: the first 4 bytes of
     * SHA-256(key name || 0x0A || 0x01 || the key's 32 raw bytes), 0x01 being Ed25519's signature type.
     */
    public static byte[] keyHint(String keyName, PublicKey key) {
        MessageDigest sha = AuditChain.sha256();
        sha.update(keyName.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(ED25519_TYPE);
        sha.update(raw(key));
        return Arrays.copyOf(sha.digest(), 4);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (!text.startsWith(begin) || !text.endsWith(end)) {
            throw new KeyFileException("the key file " + file + " is not a PEM " + type.toLowerCase(Locale.ROOT)
                    + " (it starts with " + begin + ")");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("the key file " + file + " has a damaged PEM body");
        }
    }
}
