package io.modelcards.profile.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The prefilter may pass clean text, but must never stop text the full scan has a finding in. */
class PrivacyPrefilterTest {
    private static final String[] PIECES = {"AKIAIOSFODNN7EXAMPLE", "AKIAABCDEFGHIJKLMNOP", "AIzaSyA", "eyJhbGciOiJI",
        "eyJzdWIiOiIx", "SKabcdefabcdefabcdefabcdefabcdefab", "GB82WEST12345698765432",
        "sk-", "ghp_", "xoxb-", "hf_", "password=", "token: ", "Bearer ", "jane.doe@example.com", "+44 20 7946 0958",
        "4111 1111 1111 1111", "(555) 123-4567", "-----BEGIN RSA PRIVATE KEY-----", " ", " ", ". ", ", ", "the ",
        "which ", "should ", "been ", "é", "日本", "x", "Q", "J", "abc", "DEF", "0", "9", "_", "-", ":", "=", ",", ".", "a,5", "x.7"};

    @Test
    void noTextWithAFindingIsStoppedByThePrefilter() {
        Random r = new Random(11);
        int findings = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + r.nextInt(12);
            for (int k = 0; k < parts; k++) {
                s.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(4) == 0) {
                    s.append((char) ('a' + r.nextInt(26)));
                }
            }
            byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
            int full = PiiScanner.find(b, 0, b.length, null);
            if (full != 0) {
                findings++;
                assertThat(PrivacyPrefilter.mayContain(b, 0, b.length)).as(s.toString()).isTrue();
            }
        }
        assertThat(findings).isGreaterThan(10_000);
    }

    @Test
    void plainProseIsStopped() {
        byte[] b = "The quick brown fox jumps over the lazy dog, and then it naps. Très bien."
                .getBytes(StandardCharsets.UTF_8);
        assertThat(PrivacyPrefilter.mayContain(b, 0, b.length)).isFalse();
        assertThat(PiiScanner.scan(b, 0, b.length)).isZero();
    }

    @Test
    void aCapitalPairAcrossAnEightByteBoundaryPasses() {
        byte[] b = "abcdefgAKbcdefghijklmnop".getBytes(StandardCharsets.US_ASCII);
        assertThat(PrivacyPrefilter.mayContain(b, 0, b.length)).isTrue();
    }
}
