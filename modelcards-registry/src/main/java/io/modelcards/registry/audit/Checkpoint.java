package io.modelcards.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A signed statement of the audit chain's head, in the C2SP tlog-checkpoint form of a signed note:
 * <pre>
 * modelcards/&lt;instance&gt;
 * &lt;seq of the head, i.e. the number of entries&gt;
 * &lt;base64 of the head hash's 32 bytes&gt;
 *
 * — &lt;key name&gt; &lt;base64 of the 4-byte key hint followed by the 64-byte Ed25519 signature of the body&gt;
 * </pre>
 * The body is the first three lines with their newlines; the signature covers exactly those bytes. The origin line
 * names the registry instance so that one registry's checkpoint cannot pass for another's. This implementation writes
 * and reads notes with one signature line and no extension lines.
 *
 * @param instance  the registry instance's name (letters, digits and {@code . _ - / :})
 * @param seq       the head's seq
 * @param hash      the head's hash, 64 lowercase hexadecimal digits
 * @param keyName   the signing key's name (no spaces, no {@code +})
 * @param signature base64 of the key hint and the signature, as on the note's signature line
 */
public record Checkpoint(String instance, long seq, String hash, String keyName, String signature) {
    /** What every origin line starts with. */
    public static final String ORIGIN_PREFIX = "modelcards/";

    private static final String DASH = "\u2014 ";
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9._/:-]+");
    private static final Pattern KEY_NAME = Pattern.compile("[\\x21-\\x2A\\x2C-\\x7E]+");
    private static final Pattern SEQ = Pattern.compile("0|[1-9][0-9]{0,17}");

    /** Checks the instance, the head, the key name and that the signature is base64 of 68 bytes. */
    public Checkpoint {
        if (instance == null || !INSTANCE.matcher(instance).matches()) {
            throw new IllegalArgumentException("a registry instance name is letters, digits and . _ - / :, not '" + instance + "'");
        }
        head(seq, hash);
        if (keyName == null || !KEY_NAME.matcher(keyName).matches()) {
            throw new IllegalArgumentException("a key name is printable ASCII without spaces or '+', not '" + keyName + "'");
        }
        if (signatureBytes(signature).length != 4 + 64) {
            throw new IllegalArgumentException("a checkpoint signature is base64 of a 4-byte key hint and 64 signature bytes");
        }
    }

    /** The checkpoint of {@code head} for {@code instance}, signed with {@code keys} under the name {@code keyName}. */
    public static Checkpoint sign(String instance, ChainHead head, String keyName, KeyPair keys) {
        String body = body(instance, head.seq(), head.hash());
        try {
            Signature ed = Signature.getInstance(AuditKeys.ALGORITHM);
            ed.initSign(keys.getPrivate());
            ed.update(body.getBytes(StandardCharsets.UTF_8));
            byte[] sig = ed.sign();
            byte[] hint = AuditKeys.keyHint(keyName, keys.getPublic());
            byte[] both = Arrays.copyOf(hint, hint.length + sig.length);
            System.arraycopy(sig, 0, both, hint.length, sig.length);
            return new Checkpoint(instance, head.seq(), head.hash(), keyName, Base64.getEncoder().encodeToString(both));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the checkpoint key is not an Ed25519 key pair", e);
        }
    }

    /** The checkpoint that the signed note {@code note} holds; a note of any other shape is an {@link IllegalArgumentException}. */
    public static Checkpoint parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint is a body, a blank line and a signature line, each ending in a newline");
        }
        String[] body = note.substring(0, split).split("\n", -1);
        String sigLine = note.substring(split + 2, note.length() - 1);
        if (body.length != 3 || !body[0].startsWith(ORIGIN_PREFIX)) {
            throw new IllegalArgumentException("a checkpoint's body is three lines: " + ORIGIN_PREFIX
                    + "<instance>, the seq and the head hash");
        }
        if (!SEQ.matcher(body[1]).matches()) {
            throw new IllegalArgumentException("a checkpoint's second line is the head's seq in decimal, not '" + body[1] + "'");
        }
        byte[] head;
        try {
            head = Base64.getDecoder().decode(body[2]);
        } catch (IllegalArgumentException e) {
            head = new byte[0];
        }
        if (head.length != 32 || !Base64.getEncoder().encodeToString(head).equals(body[2])) {
            throw new IllegalArgumentException("a checkpoint's third line is the base64 of the 32-byte head hash");
        }
        String[] sig = sigLine.split(" ", -1);
        if (!sigLine.startsWith(DASH) || sig.length != 3 || sigLine.contains("\n")) {
            throw new IllegalArgumentException("a checkpoint ends with one signature line: '\u2014 <key name> <base64 signature>'");
        }
        return new Checkpoint(body[0].substring(ORIGIN_PREFIX.length()), Long.parseLong(body[1]),
                HexFormat.of().formatHex(head), sig[1], sig[2]);
    }

    /** The origin line's text: {@code modelcards/<instance>}. */
    public String origin() {
        return ORIGIN_PREFIX + instance;
    }

    /** The head this checkpoint states. */
    public ChainHead head() {
        return head(seq, hash);
    }

    /** The head at {@code seq} with {@code hash}, which checks both. */
    private static ChainHead head(long seq, String hash) {
        return new ChainHead(seq, hash);
    }

    /** The signed text: origin, seq and base64 head hash, each line ending in a newline. */
    public String body() {
        return body(instance, seq, hash);
    }

    /** The whole signed note: the body, a blank line and the signature line. */
    public String note() {
        return body() + "\n" + DASH + keyName + " " + signature + "\n";
    }

    /**
     * Why this checkpoint is not signed by {@code key} under its key name, or empty when it is: another key's hint, or
     * a signature that does not match the body (an edited seq, hash, origin or key name).
     */
    public Optional<String> problemWith(PublicKey key) {
        byte[] both = signatureBytes(signature);
        if (!Arrays.equals(Arrays.copyOf(both, 4), AuditKeys.keyHint(keyName, key))) {
            return Optional.of("the checkpoint is signed by another key than the trusted one (or its key name was changed)");
        }
        try {
            Signature ed = Signature.getInstance(AuditKeys.ALGORITHM);
            ed.initVerify(key);
            ed.update(body().getBytes(StandardCharsets.UTF_8));
            if (ed.verify(Arrays.copyOfRange(both, 4, both.length))) {
                return Optional.empty();
            }
        } catch (GeneralSecurityException e) {
            // A malformed signature is as bad as a wrong one.
        }
        return Optional.of("the checkpoint's signature does not match its text: the note was changed after signing");
    }

    private static String body(String instance, long seq, String hash) {
        return ORIGIN_PREFIX + instance + "\n" + seq + "\n" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hash)) + "\n";
    }

    private static byte[] signatureBytes(String signature) {
        try {
            return signature == null ? new byte[0] : Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
