package io.modelcards.bench.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a BERT-style WordPiece {@code tokenizer.json} (HuggingFace tokenizers format) whose vocabulary is the
 * benchmark's own words plus every ASCII letter and digit, alone and as a {@code ##} continuation, so that any text
 * tokenizes without unknown tokens for ASCII: words of the benchmark are one token, e-mail names split into pieces.
 *
 * <p>Written here because the benchmark needs a tokenizer file that it controls and that needs no download.
 */
final class WordPieceTokenizerJson {
    private static final List<String> SPECIAL = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private WordPieceTokenizerJson() {}

    /** Writes the file; the same call always writes the same bytes. */
    static void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (int i = 0; i < SPECIAL.size(); i++) {
            added.addObject().put("id", i).put("content", SPECIAL.get(i)).put("single_word", false)
                    .put("lstrip", false).put("rstrip", false).put("normalized", false).put("special", true);
        }
        root.putObject("normalizer").put("type", "BertNormalizer").put("clean_text", true)
                .put("handle_chinese_chars", true).put("strip_accents", true).put("lowercase", true);
        root.putObject("pre_tokenizer").put("type", "BertPreTokenizer");
        root.putNull("post_processor");
        root.putObject("decoder").put("type", "WordPiece").put("prefix", "##").put("cleanup", true);
        ObjectNode model = root.putObject("model");
        model.put("type", "WordPiece").put("unk_token", "[UNK]").put("continuing_subword_prefix", "##")
                .put("max_input_chars_per_word", 100);
        ObjectNode vocab = model.putObject("vocab");
        int id = 0;
        for (String token : tokens()) {
            vocab.put(token, id++);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static Set<String> tokens() {
        Set<String> tokens = new LinkedHashSet<>(SPECIAL);
        for (char c = '!'; c <= '~'; c++) {
            tokens.add(String.valueOf(c));
        }
        for (char c = '!'; c <= '~'; c++) {
            if (Character.isLetterOrDigit(c)) {
                tokens.add("##" + c);
            }
        }
        // The normalizer lower-cases and strips accents, so the vocabulary holds the normalized words.
        for (String w : Vocabulary.WORDS) {
            tokens.add(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        tokens.addAll(Vocabulary.TAGS);
        tokens.addAll(Vocabulary.CATEGORIES);
        tokens.addAll(Vocabulary.NAMES);
        for (String suffix : List.of("##s", "##ed", "##ing", "##ly", "##er", "##est")) {
            tokens.add(suffix);
        }
        return tokens;
    }
}
