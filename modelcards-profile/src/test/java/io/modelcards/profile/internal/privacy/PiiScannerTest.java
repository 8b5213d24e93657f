package io.modelcards.profile.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PiiScannerTest {
    private static final int[] BITS = {PiiScanner.EMAIL, PiiScanner.PHONE, PiiScanner.IBAN, PiiScanner.CARD,
            PiiScanner.SECRET};

    static Stream<Arguments> positive() throws IOException {
        return rows("pii-positive.tsv");
    }

    static Stream<Arguments> negative() throws IOException {
        return rows("pii-negative.tsv");
    }

    static Stream<Arguments> secrets() throws IOException {
        return rows("/" + Fixtures.SECRET_CORPUS);
    }

    static Stream<Arguments> everyText() throws IOException {
        return Stream.of(positive(), negative(), secrets()).flatMap(s -> s).map(a -> Arguments.of(a.get()[0]));
    }

    @ParameterizedTest
    @MethodSource("positive")
    void eachTextIsFoundToHoldExactlyItsKinds(String text, String kinds, String redacted) {
        assertThat(names(scan(text))).isEqualTo(new TreeSet<>(List.of(kinds.split(","))));
    }

    @ParameterizedTest
    @MethodSource("positive")
    void eachFindingIsReplacedByItsMarkerAndTheRestKeptAsItWas(String text, String kinds, String redacted) {
        assertThat(PiiScanner.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @MethodSource("negative")
    void cleanTextHasNoFindings(String text, String kinds, String same) {
        assertThat(names(scan(text))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("negative")
    void cleanTextIsReturnedUnchanged(String text, String kinds, String same) {
        assertThat(PiiScanner.redact(text)).isSameAs(text).isEqualTo(same);
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void everyShapeOfTheCaptureSecretCorpusIsASecret(String shape, String text, String mustVanish) {
        assertThat(scan(text) & PiiScanner.SECRET).as(shape).isEqualTo(PiiScanner.SECRET);
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void redactionRemovesTheSecretPartOfEveryShape(String shape, String text, String mustVanish) {
        assertThat(PiiScanner.redact(text)).as(shape).doesNotContain(mustVanish).contains("[SECRET]");
    }

    @ParameterizedTest
    @MethodSource("everyText")
    void redactingTwiceChangesNothingMore(String text) {
        String once = PiiScanner.redact(text);
        assertThat(PiiScanner.redact(once)).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("everyText")
    void redactedTextHasNoFindingsLeft(String text) {
        assertThat(names(scan(PiiScanner.redact(text)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyText")
    void whatIsFoundDoesNotDependOnWhereTheTextFallsInEightByteBlocks(String text) {
        int alone = scan(text);
        for (int pad = 0; pad < 16; pad++) {
            String prose = "we saw it as an old ox in a bay".substring(0, pad) + " ";
            assertThat(scan(prose + text + " and so on to the end")).as("after %d bytes", pad).isEqualTo(alone);
        }
    }

    /** Seeded texts dense in near-findings: pieces of every shape, digits, separators and prose. */
    private static List<String> roughTexts() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz  ..,0123456789 +-().@:=_/#$AaBbSsGgKkEeyJIDNLWThpxo\"'[]\n";
        String[] pieces = {"AKIA", "ghp_", "sk-", "sk_live_", "xoxb-", "eyJ", "-----BEGIN RSA PRIVATE KEY-----",
                "-----END ", "@", "://", "password=", "api_key: ", "+44 ", "(555) ", "GB82", "DE89 ", "4111 ", "1111-",
                "Bearer ", "SG.", "hf_", "é", "🙂"};
        Random random = new Random(13);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 20_000; t++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(80);
            while (s.length() < length) {
                s.append(random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)]
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            texts.add(s.toString());
        }
        return texts;
    }

    @Test
    void redactionIsIdempotentAndLeavesNothingToFindOnRoughText() {
        for (String text : roughTexts()) {
            String once = PiiScanner.redact(text);
            assertThat(PiiScanner.redact(once)).as(text).isEqualTo(once);
            assertThat(scan(once)).as(text).isZero();
        }
    }

    @Test
    void aSliceInsideALargerBufferIsJudgedOnlyByItsOwnBytes() {
        for (String text : roughTexts()) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            byte[] padded = new byte[b.length + 10];
            Arrays.fill(padded, (byte) '7');
            System.arraycopy(b, 0, padded, 5, b.length);
            assertThat(PiiScanner.scan(padded, 5, b.length)).as(text).isEqualTo(PiiScanner.scan(b, 0, b.length));
        }
    }

    @Test
    void onlyTheGivenSliceOfTheBufferIsScanned() {
        byte[] b = "x@example.com 5551234567 plain words".getBytes(StandardCharsets.UTF_8);
        assertThat(PiiScanner.scan(b, 14, 22)).isEqualTo(PiiScanner.PHONE);
        assertThat(PiiScanner.scan(b, 25, 11)).isZero();
    }

    @Test
    void digitsRightAfterTheSliceStartAreNotJudgedByTheByteBeforeIt() {
        byte[] b = "x5551234567".getBytes(StandardCharsets.UTF_8);
        assertThat(PiiScanner.scan(b, 1, 10)).isEqualTo(PiiScanner.PHONE);
    }

    @Test
    void aPrivateKeyCutOffBeforeItsEndLineIsRedactedToTheEnd() {
        assertThat(PiiScanner.redact("key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B"))
                .isEqualTo("key: [SECRET]");
    }

    @Test
    void eachKindBitHasItsName() {
        assertThat(Stream.of(BITS).flatMapToInt(Arrays::stream).mapToObj(PiiScanner::kindName))
                .containsExactly("email", "phone", "iban", "card-number", "secret");
    }

    @Test
    void aSetOfSeveralBitsHasNoName() {
        assertThatThrownBy(() -> PiiScanner.kindName(PiiScanner.EMAIL | PiiScanner.PHONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMarkerOfACardNumberIsItsNameInCapitals() {
        assertThat(PiiScanner.marker(PiiScanner.CARD)).isEqualTo("[CARD-NUMBER]");
    }

    private static int scan(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return PiiScanner.scan(b, 0, b.length);
    }

    private static Set<String> names(int kinds) {
        Set<String> out = new TreeSet<>();
        for (int bit : BITS) {
            if ((kinds & bit) != 0) {
                out.add(PiiScanner.kindName(bit));
            }
        }
        return out;
    }

    /** A TSV of three columns; '#' lines are comments; \n and \t in a field stand for a line break and a tab. */
    private static Stream<Arguments> rows(String name) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = PiiScannerTest.class.getResourceAsStream(name)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(Arguments.of(unescape(f[0]), unescape(f[1]), unescape(f[2])));
            }
        }
        return out.stream();
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }
}
