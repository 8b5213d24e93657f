package io.modelcards.profile.internal.column;

import io.modelcards.profile.internal.tokens.TokenCounter;
import java.nio.charset.StandardCharsets;

/** A stand-in tokenizer for tests: one token per space-separated word, plus one per comma. */
final class WordTokens implements TokenCounter {
    @Override
    public int count(byte[] utf8, int off, int len) {
        String s = new String(utf8, off, len, StandardCharsets.UTF_8);
        int commas = (int) s.chars().filter(c -> c == ',').count();
        return (s.isBlank() ? 0 : s.trim().split(" +").length) + commas;
    }

    @Override
    public String describe() {
        return "words";
    }

    @Override
    public void close() {}
}
