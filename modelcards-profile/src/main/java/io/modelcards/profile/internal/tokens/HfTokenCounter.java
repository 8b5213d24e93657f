package io.modelcards.profile.internal.tokens;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A {@link TokenCounter} over DJL's binding of the Rust {@code tokenizers} library. Safe to share among threads:
 * the native tokenizer encodes through a shared reference, and this class keeps no mutable state.
 */
final class HfTokenCounter implements TokenCounter {
    // Count every token of the text: no [CLS]/[SEP], no cut at the model's maximum length, no padding.
    private static final Map<String, String> OPTIONS = Map.of(
            "addSpecialTokens", "false", "truncation", "false", "padding", "false");

    private final HuggingFaceTokenizer tokenizer;
    private final String description;

    private HfTokenCounter(HuggingFaceTokenizer tokenizer, String description) {
        this.tokenizer = tokenizer;
        this.description = description;
    }

    static TokenCounter open(Path file) throws InvalidInputException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw invalid(name, "profile/tokenizer-missing",
                    "tokenizer file not found; give the path of a Hugging Face tokenizer.json");
        } catch (IOException e) {
            throw invalid(name, "profile/tokenizer-unreadable",
                    "cannot read the tokenizer file (" + e.getMessage() + "); check that it is a readable file");
        }
        String modelType = modelType(name, bytes);
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(bytes), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "profile/tokenizer-invalid", "the tokenizers library rejected this tokenizer.json ("
                    + firstLine(e.getMessage()) + "); give a tokenizer.json saved by Hugging Face tokenizers");
        }
        Path fileName = file.getFileName();
        String description = (fileName == null ? name : fileName.toString()) + " (" + modelType + ", sha256:"
                + sha256(bytes).substring(0, 12) + ")";
        return new HfTokenCounter(tokenizer, description);
    }

    @Override
    public int count(byte[] utf8, int off, int len) {
        if (len == 0) {
            return 0;
        }
        String text = new String(utf8, off, len, StandardCharsets.UTF_8);
        return tokenizer.encode(text, false, false).getIds().length;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    /** The model's type as tokenizer.json names it (WordPiece, BPE, Unigram, WordLevel), or "unknown model". */
    private static String modelType(String name, byte[] bytes) throws InvalidInputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw invalid(name, "profile/tokenizer-invalid",
                    "the tokenizer file is not valid JSON; give a Hugging Face tokenizer.json");
        }
        JsonNode type = root == null ? null : root.path("model").get("type");
        if (root == null || !root.isObject() || !root.has("model")) {
            throw invalid(name, "profile/tokenizer-invalid",
                    "the tokenizer file has no model; give a Hugging Face tokenizer.json");
        }
        // Files saved by early tokenizers releases may leave the type implicit; the library still reads them.
        return type != null && type.isTextual() ? type.asText() : "unknown model";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static InvalidInputException invalid(String file, String code, String message) {
        return new InvalidInputException(Diagnostic.error(file, 0, 0, code, message));
    }
}
