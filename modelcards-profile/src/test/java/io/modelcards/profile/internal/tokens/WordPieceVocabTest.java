package io.modelcards.profile.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceVocabTest {
    @Test
    void theSpecialTokensTakeTheFirstIds() {
        assertThat(WordPieceVocab.vocabulary(List.of("cat"), List.of("s")).subList(0, 5))
                .containsExactly("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");
    }

    @Test
    void wordsAndPrefixedSuffixesEndTheVocabularyInTheOrderGiven() {
        List<String> vocab = WordPieceVocab.vocabulary(List.of("cat", "dog"), List.of("ness", "ly"));
        assertThat(vocab.subList(vocab.size() - 4, vocab.size())).containsExactly("cat", "dog", "##ness", "##ly");
    }

    @Test
    void aWordGivenTwiceKeepsOneId() {
        List<String> vocab = WordPieceVocab.vocabulary(List.of("cat", "cat", "a"), List.of());
        assertThat(vocab).containsOnlyOnce("cat", "a");
    }

    @Test
    void everyLetterAndDigitIsThereAloneAndAsAContinuation() {
        assertThat(WordPieceVocab.vocabulary(List.of(), List.of())).contains("q", "##q", "7", "##7", "!");
    }

    @Test
    void theSameArgumentsGiveTheSameBytes() {
        assertThat(WordPieceVocab.json(List.of("cat"), List.of("s")))
                .isEqualTo(WordPieceVocab.json(List.of("cat"), List.of("s")))
                .doesNotContain("\r");
    }
}
