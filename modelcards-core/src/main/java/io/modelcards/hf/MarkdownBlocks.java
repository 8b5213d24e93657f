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
            String[] h = fence == null && !inComment ? atx(line) : null;
            if (h != null) {
                if (cur.length() > 0 || heading != null) {
                    out.add(new Raw(heading, level, cur.toString(), start));
                }
                cur.setLength(0);
                heading = h[1];
                level = h[0].length();
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

    /**
     * The hashes and text of an ATX heading line (CommonMark: up to three spaces, one to six {@code #}, then a space,
     * a tab or the line's end; a closing run of {@code #} after a space is not text), or null. Written without regular
     * expressions so that a huge line costs linear time.
     */
    static String[] atx(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        int h = i;
        while (h < line.length() && line.charAt(h) == '#') {
            h++;
        }
        int n = h - i;
        if (n < 1 || n > 6 || (h < line.length() && line.charAt(h) != ' ' && line.charAt(h) != '\t')) {
            return null;
        }
        String text = line.substring(h).strip();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end == 0) {
            text = "";
        } else if (end < text.length() && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            text = text.substring(0, end).strip();
        }
        return new String[] {"#".repeat(n), text};
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
