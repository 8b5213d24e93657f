package io.modelcards.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Markdown body into blocks at ATX headings ({@code #} to {@code ######}), skipping lines inside fenced code
 * blocks and HTML comments. Concatenating the blocks' text gives the body back exactly.
 */
final class MarkdownBlocks {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

    /** A run of body text; {@code heading} is null for the text before the first heading. */
    record Raw(String heading, int level, String text, int line) {}

    private MarkdownBlocks() {}

    /** The blocks of {@code body}, whose first line is line {@code firstLine} of the file. */
    static List<Raw> split(String body, int firstLine) {
        List<Raw> out = new ArrayList<>();
        List<String> lines = lines(body);
        StringBuilder cur = new StringBuilder();
        String heading = null;
        int level = 0;
        int start = firstLine;
        String fence = null;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = stripEnd(raw);
            Matcher h = fence == null && !inComment ? ATX.matcher(line) : null;
            if (h != null && h.matches()) {
                if (cur.length() > 0 || heading != null) {
                    out.add(new Raw(heading, level, cur.toString(), start));
                }
                cur.setLength(0);
                heading = h.group(2) == null ? "" : h.group(2).trim();
                level = h.group(1).length();
                start = firstLine + i;
                cur.append(raw);
                continue;
            }
            cur.append(raw);
            if (inComment) {
                inComment = !line.contains("-->");
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                fence = f.group(1);
            } else if (fence != null && f.matches() && f.group(1).charAt(0) == fence.charAt(0)
                    && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
                fence = null;
            } else if (fence == null) {
                int open = line.lastIndexOf("<!--");
                inComment = open >= 0 && line.indexOf("-->", open + 4) < 0;
            }
        }
        if (cur.length() > 0 || heading != null) {
            out.add(new Raw(heading, level, cur.toString(), start));
        }
        return out;
    }

    /** The lines of {@code s}, each with its own line ending. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int nl = s.indexOf('\n', i);
            int end = nl < 0 ? s.length() : nl + 1;
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '\n' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return s.substring(0, e);
    }
}
