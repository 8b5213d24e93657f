package io.modelcards.profile.internal.tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds a small, valid BERT-style WordPiece {@code tokenizer.json}: lower-casing BertNormalizer, BertPreTokenizer,
 * a WordPiece model with {@code [PAD] [UNK] [CLS] [SEP] [MASK]} (ids 0–4) and a [CLS] … [SEP] template.
 *
 * <p>The vocabulary is the special tokens, then every printable ASCII character alone and, except punctuation, as a
 * {@code ##} continuation, so no ASCII word falls back to {@code [UNK]}; then the given words, then the given
 * suffixes as {@code ##suffix}. Tests and the benchmark use it to get a tokenizer without a network.
 * Same arguments, same bytes.
 */
public final class WordPieceVocab {
    /** The special tokens, in id order. */
    public static final List<String> SPECIAL = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private WordPieceVocab() {}

    /** The vocabulary, in id order, for these words and suffixes (suffixes given without the {@code ##}). */
    public static List<String> vocabulary(List<String> words, List<String> suffixes) {
        LinkedHashSet<String> vocab = new LinkedHashSet<>(SPECIAL);
        for (char c = '!'; c <= '~'; c++) {
            vocab.add(String.valueOf(c));
        }
        for (char c = '!'; c <= '~'; c++) {
            if (Character.isLetterOrDigit(c)) {
                vocab.add("##" + c);
            }
        }
        vocab.addAll(words);
        suffixes.forEach(s -> vocab.add("##" + s));
        return List.copyOf(vocab);
    }

    /** Writes the tokenizer.json for these words and suffixes to {@code file}, and returns the file. */
    public static Path write(Path file, List<String> words, List<String> suffixes) throws IOException {
        Files.write(file, json(words, suffixes).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** The tokenizer.json text for these words and suffixes. */
    public static String json(List<String> words, List<String> suffixes) {
        List<String> vocab = vocabulary(words, suffixes);
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            ids.put(vocab.get(i), i);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "1.0");
        root.put("truncation", null);
        root.put("padding", null);
        root.put("added_tokens", addedTokens());
        root.put("normalizer", ordered("type", "BertNormalizer", "clean_text", true, "handle_chinese_chars", true,
                "strip_accents", null, "lowercase", true));
        root.put("pre_tokenizer", Map.of("type", "BertPreTokenizer"));
        root.put("post_processor", postProcessor());
        root.put("decoder", ordered("type", "WordPiece", "prefix", "##", "cleanup", true));
        root.put("model", ordered("type", "WordPiece", "unk_token", "[UNK]", "continuing_subword_prefix", "##",
                "max_input_chars_per_word", 100, "vocab", ids));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
                    .replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    private static List<Object> addedTokens() {
        List<Object> added = new ArrayList<>();
        for (int i = 0; i < SPECIAL.size(); i++) {
            added.add(ordered("id", i, "content", SPECIAL.get(i), "single_word", false, "lstrip", false,
                    "rstrip", false, "normalized", false, "special", true));
        }
        return added;
    }

    private static Map<String, Object> postProcessor() {
        Object cls = Map.of("SpecialToken", ordered("id", "[CLS]", "type_id", 0));
        Object sepA = Map.of("SpecialToken", ordered("id", "[SEP]", "type_id", 0));
        Object sepB = Map.of("SpecialToken", ordered("id", "[SEP]", "type_id", 1));
        Object a = Map.of("Sequence", ordered("id", "A", "type_id", 0));
        Object b = Map.of("Sequence", ordered("id", "B", "type_id", 1));
        Map<String, Object> special = new LinkedHashMap<>();
        special.put("[CLS]", ordered("id", "[CLS]", "ids", List.of(2), "tokens", List.of("[CLS]")));
        special.put("[SEP]", ordered("id", "[SEP]", "ids", List.of(3), "tokens", List.of("[SEP]")));
        return ordered("type", "TemplateProcessing", "single", List.of(cls, a, sepA),
                "pair", List.of(cls, a, sepA, b, sepB), "special_tokens", special);
    }

    /** A map that keeps the order its keys are given in, so the file's bytes are the same every time. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
