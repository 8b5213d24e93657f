package io.modelcards.cli.usage;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines between words only. Java's line breaker also breaks after a dot inside a word
 * ({@code modelcard.|json}), which is why help does not use picocli's table; here a word longer than the line stands
 * alone on its line, uncut.
 */
final class Wrap {
    private Wrap() {}

    /**
     * The words of {@code text} in lines of at most {@code first} characters for the first line and {@code rest} for
     * the others, each word whole.
     */
    static List<String> lines(String text, int first, int rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            int width = lines.isEmpty() ? first : rest;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * Appends {@code text} wrapped to {@code width}: the first line after {@code first}, the others indented by
     * {@code indent} spaces; {@code more} ends every line but the last (a shell's line continuation, or nothing).
     */
    static void append(StringBuilder out, String first, String text, int indent, int width, String more) {
        List<String> lines = lines(text, Math.max(1, width - first.length() - more.length()),
                Math.max(1, width - indent - more.length()));
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? first : " ".repeat(indent)).append(lines.get(i)).append(i < lines.size() - 1 ? more : "")
                    .append('\n');
        }
    }
}
