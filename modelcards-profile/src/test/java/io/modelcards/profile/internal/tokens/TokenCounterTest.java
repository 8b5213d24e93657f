package io.modelcards.profile.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.diagnostic.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts checked against WordPiece splits worked out by hand (greedy longest match, {@code ##} continuations). */
class TokenCounterTest {
    private static final List<String> WORDS = List.of("the", "quick", "brown", "fox", "jump", "run", "token", "play");
    private static final List<String> SUFFIXES = List.of("s", "ed", "ing", "izer");

    @TempDir
    static Path dir;
    static Path file;
    static TokenCounter counter;

    @BeforeAll
    static void build() throws Exception {
        file = WordPieceVocab.write(dir.resolve("tokenizer.json"), WORDS, SUFFIXES);
        counter = TokenCounter.open(file);
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    private static int count(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return counter.count(b, 0, b.length);
    }

    @Test
    void wholeWordsInTheVocabularyAreOneTokenEachAfterLowerCasing() {
        assertThat(count("The QUICK brown fox")).isEqualTo(4); // the | quick | brown | fox
    }

    @Test
    void aWordSplitsIntoItsStemAndSuffixes() {
        assertThat(count("Tokenizers")).isEqualTo(3); // token ##izer ##s
        assertThat(count("played")).isEqualTo(2); // play ##ed
    }

    @Test
    void theLongestMatchIsTakenFirstEvenWhenItLeavesSingleLetters() {
        assertThat(count("running")).isEqualTo(3); // run ##n ##ing
    }

    @Test
    void unknownWordsFallBackToLettersAndPunctuationIsItsOwnToken() {
        assertThat(count("Hello, world!")).isEqualTo(12); // h ##e ##l ##l ##o , w ##o ##r ##l ##d !
    }

    @Test
    void accentsAreStrippedBeforeTheVocabularyIsConsulted() {
        assertThat(count("Café")).isEqualTo(4); // c ##a ##f ##e
    }

    @Test
    void aCharacterOutsideTheVocabularyIsOneUnknownToken() {
        assertThat(count("猫")).isEqualTo(1); // [UNK]
    }

    @Test
    void specialTokensAreNotCounted() {
        assertThat(count("fox")).isEqualTo(1);
    }

    @Test
    void anEmptyTextHasNoTokens() {
        assertThat(count("")).isZero();
    }

    @Test
    void aTextLongerThanTheModelsMaximumIsCountedWhole() {
        assertThat(count("fox ".repeat(1000))).isEqualTo(1000);
    }

    @Test
    void onlyTheGivenSliceOfTheBufferIsCounted() {
        byte[] b = "the quick brown fox".getBytes(StandardCharsets.UTF_8);
        assertThat(counter.count(b, 4, 11)).isEqualTo(2); // quick | brown
    }

    @Test
    void theDescriptionNamesTheFileTheModelTypeAndTheStartOfItsHash() throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(counter.describe()).isEqualTo("tokenizer.json (WordPiece, sha256:" + hash.substring(0, 12) + ")");
    }

    @Test
    void oneCounterServesSeveralThreadsAtOnce() throws Exception {
        String text = "The quick brown fox jumps; tokenizers played running. ".repeat(20);
        int alone = count(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = pool.invokeAll(Collections.nCopies(16, () -> {
                int last = 0;
                for (int i = 0; i < 50; i++) {
                    last = count(text);
                }
                return last;
            }));
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aMissingFileIsReportedWithItsRuleCode() {
        assertThatThrownBy(() -> TokenCounter.open(dir.resolve("absent.json")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("profile/tokenizer-missing"))
                .hasMessageContaining("absent.json").hasMessageContaining("not found");
    }

    @Test
    void aFileThatIsNotJsonIsReportedAsInvalid() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "this is not json");
        assertThatThrownBy(() -> TokenCounter.open(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("profile/tokenizer-invalid"));
    }

    @Test
    void jsonThatIsNotATokenizerIsReportedAsInvalid() throws Exception {
        Path bad = Files.writeString(dir.resolve("other.json"), "{\"model\": {\"type\": \"Nonsense\"}}");
        assertThatThrownBy(() -> TokenCounter.open(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("profile/tokenizer-invalid"));
    }
}
