package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.testing.Golden;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CheckpointTest {
    private static final KeyPair KEYS = AuditKeys.generate();
    private static final ChainHead HEAD = new ChainHead(5, "c0ffee".repeat(10) + "abcd");

    /** RFC 8032 section 7.1 TEST 1: its secret key, public key and the signature of the empty message. */
    private static final String RFC8032_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String RFC8032_SIG = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
            + "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    static KeyPair rfc8032Keys() throws Exception {
        KeyFactory f = KeyFactory.getInstance("Ed25519");
        // The DER prefixes of PKCS#8 and X.509 for Ed25519 (RFC 8410), then the 32 key bytes.
        PrivateKey priv = f.generatePrivate(new PKCS8EncodedKeySpec(HexFormat.of().parseHex("302e020100300506032b657004220420"
                + RFC8032_SECRET)));
        PublicKey pub = f.generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex("302a300506032b6570032100" + RFC8032_PUBLIC)));
        return new KeyPair(pub, priv);
    }

    @Test
    void theJdksEd25519SignsAsRfc8032Says() throws Exception {
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(rfc8032Keys().getPrivate());
        assertThat(HexFormat.of().formatHex(ed.sign())).isEqualTo(RFC8032_SIG);
        assertThat(HexFormat.of().formatHex(AuditKeys.raw(rfc8032Keys().getPublic()))).isEqualTo(RFC8032_PUBLIC);
    }

    @Test
    void theKeyHintIsTheOneTheSignedNoteReferenceComputes() throws Exception {
        // golang.org/x/mod/sumdb/note's documented verifier key:
        // PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW, whose last part is the Ed25519 type
        // byte 0x01 followed by the 32-byte public key.
        byte[] typed = Base64.getDecoder().decode("ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(typed, 1, 33));
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        assertThat(HexFormat.of().formatHex(AuditKeys.keyHint("PeterNeumann", key))).isEqualTo("c74f20a3");
    }

    @Test
    void aCheckpointNoteHasTheTlogCheckpointShape() throws Exception {
        Checkpoint cp = Checkpoint.sign("registry.example", HEAD, "registry.example-audit", rfc8032Keys());
        String b64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(HEAD.hash()));
        assertThat(cp.body()).isEqualTo("modelcards/registry.example\n5\n" + b64 + "\n");
        assertThat(cp.note()).startsWith(cp.body() + "\n\u2014 registry.example-audit ").endsWith("\n");
        // Ed25519 is deterministic, so the whole note under the RFC 8032 key is pinned.
        Golden.assertMatches("audit/checkpoint-rfc8032.txt", cp.note());
    }

    @Test
    void aCheckpointRoundTripsThroughItsNoteAndVerifies() {
        Checkpoint cp = Checkpoint.sign("prod", HEAD, "prod-audit", KEYS);
        Checkpoint back = Checkpoint.parse(cp.note());
        assertThat(back).isEqualTo(cp);
        assertThat(back.head()).isEqualTo(HEAD);
        assertThat(back.problemWith(KEYS.getPublic())).isEmpty();
    }

    @Test
    void aCheckpointIsRefusedUnderAnotherKey() {
        Checkpoint cp = Checkpoint.sign("prod", HEAD, "prod-audit", KEYS);
        assertThat(cp.problemWith(AuditKeys.generate().getPublic())).hasValueSatisfying(m -> assertThat(m).contains("another key"));
    }

    @Test
    void anEditedBodyIsRefused() {
        String note = Checkpoint.sign("prod", HEAD, "prod-audit", KEYS).note();
        String otherHash = Base64.getEncoder().encodeToString(HexFormat.of().parseHex("ab".repeat(32)));
        String[] edits = {
            note.replace("\n5\n", "\n6\n"),
            note.replace("modelcards/prod\n", "modelcards/staging\n"),
            note.replaceFirst("\n[A-Za-z0-9+/=]{44}\n", "\n" + otherHash + "\n"),
        };
        for (String edited : edits) {
            assertThat(edited).isNotEqualTo(note);
            assertThat(Checkpoint.parse(edited).problemWith(KEYS.getPublic())).as(edited)
                    .hasValueSatisfying(m -> assertThat(m).contains("changed after signing"));
        }
    }

    @Test
    void anEditedKeyNameIsRefused() {
        String note = Checkpoint.sign("prod", HEAD, "prod-audit", KEYS).note();
        assertThat(Checkpoint.parse(note.replace("prod-audit", "prod-audit2")).problemWith(KEYS.getPublic())).isPresent();
    }

    @Test
    void aMalformedNoteIsRefusedWithWhatItShouldBe() {
        String note = Checkpoint.sign("prod", HEAD, "prod-audit", KEYS).note();
        assertThatThrownBy(() -> Checkpoint.parse(note.replace("\n\n", "\n"))).hasMessageContaining("blank line");
        assertThatThrownBy(() -> Checkpoint.parse(note.replace("modelcards/", "other/"))).hasMessageContaining("three lines");
        assertThatThrownBy(() -> Checkpoint.parse(note.replace("\n5\n", "\n05\n"))).hasMessageContaining("seq in decimal");
        assertThatThrownBy(() -> Checkpoint.parse(note.replace("\u2014", "--"))).hasMessageContaining("signature line");
        assertThatThrownBy(() -> Checkpoint.parse(note + "\u2014 other AAAA\n")).hasMessageContaining("signature line");
        assertThatThrownBy(() -> Checkpoint.parse(note.replaceFirst(" [^ ]+\n$", " AAAA\n"))).hasMessageContaining("64 signature bytes");
    }

    @Test
    void theEmptyChainHasACheckpointToo() {
        Checkpoint cp = Checkpoint.sign("prod", ChainHead.GENESIS, "prod-audit", KEYS);
        assertThat(Checkpoint.parse(cp.note()).head()).isEqualTo(ChainHead.GENESIS);
        assertThat(cp.body()).isEqualTo("modelcards/prod\n0\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n");
    }
}
