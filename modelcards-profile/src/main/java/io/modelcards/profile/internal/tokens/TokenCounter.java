package io.modelcards.profile.internal.tokens;

import io.modelcards.diagnostic.InvalidInputException;
import java.nio.file.Path;

/**
 * Counts the tokens of a text with a tokenizer.
 *
 * <p>Thread-safety: the instance {@link #open} returns may be shared by every worker thread (the Rust tokenizer
 * under it encodes through a shared reference and holds no per-call state); {@link #close} it once, after all
 * workers are done. Other implementations say in their own Javadoc whether they may be shared.
 */
public interface TokenCounter extends AutoCloseable {
    /** Tokens in the UTF-8 text, without special tokens. */
    int count(byte[] utf8, int off, int len);

    /** What the card says of the tokenizer, e.g. {@code tokenizer.json (WordPiece, sha256:ab12...)}. */
    String describe();

    @Override
    void close();

    /**
     * A counter over a local Hugging Face {@code tokenizer.json}, read with DJL's HuggingFace tokenizers; works
     * offline.
     *
     * @throws InvalidInputException when the file is missing, unreadable or not a tokenizer; the diagnostic says so
     */
    static TokenCounter open(Path tokenizerJson) throws InvalidInputException {
        return HfTokenCounter.open(tokenizerJson);
    }
}
