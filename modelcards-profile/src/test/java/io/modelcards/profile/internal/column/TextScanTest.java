package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.profile.internal.privacy.PrivacyPrefilter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextScanTest {
    private static final String[] PIECES = {"a", "bc", " ", "\t", "\n", "é", "日", "😀", "\u00A0", "\u3000", "word",
        "  ", "\r\n", "\u000B", "\f", "x.y", "\u2003"};

    /** Reference: code points, and words split on the documented whitespace set. */
    private static int words(String s) {
        int n = 0;
        boolean prevSpace = true;
        for (int cp : s.codePoints().toArray()) {
            boolean sp = cp == ' ' || (cp >= 9 && cp <= 13) || cp == 0xA0 || cp == 0x3000;
            if (!sp && prevSpace) {
                n++;
            }
            prevSpace = sp;
        }
        return n;
    }

    @Test
    void charsAndWordsMatchAReferenceOnRandomMixedText() {
        SplittableRandom r = new SplittableRandom(7);
        TextScan scan = new TextScan();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = r.nextInt(40);
            for (int j = 0; j < pieces; j++) {
                sb.append(PIECES[r.nextInt(r.nextBoolean() ? 5 : PIECES.length)]);
            }
            String s = sb.toString();
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            scan.scan(b, 0, b.length);
            assertThat(scan.chars).as(s).isEqualTo(s.codePointCount(0, s.length()));
            assertThat(scan.words).as(s).isEqualTo(words(s));
        }
    }

    @Test
    void equalBytesHashEquallyWhateverTheirOffset() {
        TextScan scan = new TextScan();
        byte[] a = "__the same text, longer than a block__".getBytes(StandardCharsets.UTF_8);
        byte[] b = "the same text, longer than a block".getBytes(StandardCharsets.UTF_8);
        scan.scan(a, 2, a.length - 4);
        long h = scan.hash;
        scan.scan(b, 0, b.length);
        assertThat(scan.hash).isEqualTo(h);
        scan.scan(b, 0, b.length - 1);
        assertThat(scan.hash).isNotEqualTo(h);
    }

    @Test
    void thePrivacyPrefilterOnTheWordsReadAgreesWithThePrefilterOnItsOwn() {
        String[] pieces = {"a", "bc", " ", "é", "日", "A", "K", "AK", "J", "_", "-", "@", "7", ",", ".", "x.y", "(",
            "word ", "Zürich", "ÉA", "\u3000", "Q"};
        SplittableRandom r = new SplittableRandom(13);
        TextScan scan = new TextScan();
        int passed = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int j = 0; j < n; j++) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
            // At the start of a larger buffer too, where short values are read as one word past their end.
            byte[] roomy = Arrays.copyOf(text, text.length + 16);
            boolean mayHold = PrivacyPrefilter.mayContain(text, 0, text.length);
            scan.scan(text, 0, text.length);
            assertThat(scan.mayHoldPii).as(sb.toString()).isEqualTo(mayHold);
            scan.scan(roomy, 0, text.length);
            assertThat(scan.mayHoldPii).as(sb.toString()).isEqualTo(mayHold);
            passed += mayHold ? 1 : 0;
        }
        assertThat(passed).as("both outcomes occur").isBetween(1_000, 49_000);
    }
}
