package io.modelcards.bench.profile;

import io.modelcards.profile.internal.tokens.WordPieceVocab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


/**
 * Writes the benchmark's BERT-style WordPiece {@code tokenizer.json}: {@link WordPieceVocab} over the benchmark's own
 * words (accents stripped, as the normalizer strips them), tags, categories and names, so that words of the benchmark
 * are one token and other ASCII text splits into letter pieces; no download needed. Same call, same bytes.
 */
final class WordPieceTokenizerJson {
    private WordPieceTokenizerJson() {}

    /** Writes the file. */
    static void write(Path file) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (String w : SyntheticVocabulary.WORDS) {
            words.add(Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        words.addAll(SyntheticVocabulary.TAGS);
        words.addAll(SyntheticVocabulary.CATEGORIES);
        words.addAll(SyntheticVocabulary.NAMES);
        Files.createDirectories(file.toAbsolutePath().getParent());
        WordPieceVocab.write(file, List.copyOf(words), List.of("s", "ed", "ing", "ly", "er", "est"));
    }
}
