package io.modelcards.bench.profile;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.card.DatasetProfile;
import io.modelcards.card.DatasetStatistics;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tokens per second with the benchmark's WordPiece tokenizer: the tokenizer alone, and inside a profile run. */
final class TokenRate {
    /** Tokens counted and the seconds it took. */
    record Rate(long tokens, double seconds) {
        double perSecond() {
            return tokens / seconds;
        }
    }

    private TokenRate() {}

    /**
     * DJL's HuggingFace tokenizer on one thread over the text column of the first {@code rows} rows (read beforehand,
     * so that only tokenizing is timed), without special tokens; the best of {@code rounds} after one warm-up.
     */
    static Rate tokenizerAlone(Path tokenizerJson, Path jsonl, int rows, int rounds) throws IOException {
        List<String> texts = new ArrayList<>(rows);
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while (texts.size() < rows && (line = in.readLine()) != null) {
                texts.add(mapper.readTree(line).get("text").asText());
            }
        }
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson)
                .optAddSpecialTokens(false).build()) {
            Rate best = null;
            for (int r = 0; r <= rounds; r++) {
                long start = System.nanoTime();
                long tokens = 0;
                for (String text : texts) {
                    tokens += tokenizer.encode(text).getIds().length;
                }
                Rate rate = new Rate(tokens, (System.nanoTime() - start) / 1e9);
                if (r > 0 && (best == null || rate.seconds() < best.seconds())) {
                    best = rate;
                }
            }
            return best;
        }
    }

    /** A modelcards profile run with the tokenizer: all tokens counted over its wall time. */
    static Rate inProfile(Path tokenizerJson, Path file) throws Exception {
        long start = System.nanoTime();
        DatasetProfile profile = Contenders.profile(file, tokenizerJson);
        double seconds = (System.nanoTime() - start) / 1e9;
        long tokens = 0;
        for (DatasetStatistics.Column c : profile.columns()) {
            if (c.tokens() != null && c.tokens().total() != null) {
                tokens += Math.round(c.tokens().total());
            }
        }
        return new Rate(tokens, seconds);
    }
}
