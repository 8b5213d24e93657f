package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String join(List<WordEdit> runs, WordEdit.Op skip) {
        return runs.stream().filter(w -> w.op() != skip).map(WordEdit::text).collect(Collectors.joining());
    }

    @Test
    void theKeptAndRemovedRunsGiveTheOldTextBack() {
        String old = "Keep a person in the loop for any use.";
        String now = "Keep two people in the loop for every use beyond statistics.";
        assertThat(join(WordDiff.of(old, now), WordEdit.Op.ADDED)).isEqualTo(old);
    }

    @Test
    void theKeptAndAddedRunsGiveTheNewWordsBack() {
        String now = "Keep two people in the loop for every use beyond statistics.";
        assertThat(join(WordDiff.of("Keep a person in the loop for any use.", now), WordEdit.Op.REMOVED)).isEqualTo(now);
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        assertThat(WordDiff.of("low risk", "high risk")).containsExactly(new WordEdit(WordEdit.Op.REMOVED, "low "),
                new WordEdit(WordEdit.Op.ADDED, "high "), new WordEdit(WordEdit.Op.SAME, "risk"));
    }

    @Test
    void noTextIsNoWords() {
        assertThat(WordDiff.of(null, "new")).containsExactly(new WordEdit(WordEdit.Op.ADDED, "new"));
    }
}
