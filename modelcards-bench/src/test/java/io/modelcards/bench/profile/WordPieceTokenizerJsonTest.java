package io.modelcards.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPieceTokenizerJsonTest {
    @TempDir
    Path dir;

    private String[] tokens(String text) throws Exception {
        Path file = dir.resolve("tokenizer.json");
        WordPieceTokenizerJson.write(file);
        try (HuggingFaceTokenizer t = HuggingFaceTokenizer.builder().optTokenizerPath(file)
                .optAddSpecialTokens(false).build()) {
            return t.encode(text).getTokens();
        }
    }

    @Test
    void benchmarkWordsAreOneTokenEachAfterLowerCasingAndAccentStripping() throws Exception {
        assertThat(tokens("The model, Café.")).containsExactly("the", "model", ",", "cafe", ".");
    }

    @Test
    void otherWordsSplitIntoLetterPieces() throws Exception {
        assertThat(tokens("zyx")).containsExactly("z", "##y", "##x");
    }
}
