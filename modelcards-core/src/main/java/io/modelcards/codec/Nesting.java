package io.modelcards.codec;

import io.modelcards.diagnostic.SourceMap.Position;

/** Finds where JSON or flow-style YAML text first nests deeper than a limit, for a located error message. */
final class Nesting {
    private Nesting() {}

    /** The position of the bracket that opens level {@code max + 1}, or 1:1 if the text never gets that deep. */
    static Position tooDeep(String text, int max) {
        int depth = 0;
        int line = 1;
        int col = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            col++;
            if (c == '\n') {
                line++;
                col = 0;
            } else if (inString) {
                if (c == '\\') {
                    i++;
                    col++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > max) {
                    return new Position(line, col);
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return new Position(1, 1);
    }
}
