package io.modelcards.profile.tokens;

/**
 * Counts the tokens of a text with a tokenizer. Instances are used by one worker thread at a time.
 *
 * <p>STUB: signatures agreed; the implementation (DJL HuggingFace tokenizers over a local tokenizer.json) is being written.
 */
public interface TokenCounter extends AutoCloseable {
    /** Tokens in the UTF-8 text, without special tokens. */
    int count(byte[] utf8, int off, int len);

    /** What the card says of the tokenizer, e.g. {@code tokenizer.json (WordPiece, sha256:ab12...)}. */
    String describe();

    @Override
    void close();
}
