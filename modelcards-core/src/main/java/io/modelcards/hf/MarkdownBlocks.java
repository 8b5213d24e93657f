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
        return split(body, firstLine, List.of());
    }

    /**
     * The blocks of {@code body}, where a heading inside one of {@code regions} (generated regions, which own their
     * headings) starts no block.
     */
    static List<Raw> split(String body, int firstLine, List<GeneratedRegions.Region> regions) {
        List<Raw> out = new ArrayList<>();
        int region = 0;
        String heading = null;
        int level = 0;
        int blockStart = 0;
        int blockLine = firstLine;
        String fence = null;
        boolean inComment = false;
        int line = firstLine;
        // Walk line by line over indices; only lines that may matter (headings, fences, comments) are copied.
        for (int pos = 0; pos < body.length(); line++) {
            int nl = body.indexOf('\n', pos);
            int next = nl < 0 ? body.length() : nl + 1;
            int end = next;
            while (end > pos && (body.charAt(end - 1) == '\n' || body.charAt(end - 1) == '\r')) {
                end--;
            }
            int first = pos;
            while (first < end && first - pos < 4 && body.charAt(first) == ' ') {
                first++;
            }
            char c = first < end ? body.charAt(first) : '\n';
            while (region < regions.size() && regions.get(region).end() <= pos) {
                region++;
            }
            boolean owned = region < regions.size() && regions.get(region).start() <= pos;
            String[] h = fence == null && !inComment && !owned && c == '#' ? atx(body.substring(pos, end)) : null;
            if (h != null) {
                if (pos > blockStart || heading != null) {
                    out.add(new Raw(heading, level, body.substring(blockStart, pos), blockLine));
                }
                heading = h[1];
                level = h[0].length();
                blockStart = pos;
                blockLine = line;
            } else if (inComment) {
                inComment = !contains(body, "-->", pos, end);
            } else if (c == '`' || c == '~') {
                Matcher f = FENCE.matcher(body.substring(pos, end));
                if (fence == null && f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                    fence = f.group(1);
                } else if (fence != null && f.matches() && f.group(1).charAt(0) == fence.charAt(0)
                        && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
                    fence = null;
                }
            } else if (fence == null && contains(body, "<!--", pos, end)) {
                String l = body.substring(pos, end);
                int open = l.lastIndexOf("<!--");
                inComment = l.indexOf("-->", open + 4) < 0;
            }
            pos = next;
        }
        if (body.length() > blockStart || heading != null) {
            out.add(new Raw(heading, level, body.substring(blockStart), blockLine));
        }
        return out;
    }

    /** Whether {@code s} holds {@code what} inside [from, to). */
    private static boolean contains(String s, String what, int from, int to) {
        for (int i = from; i + what.length() <= to; i++) {
            if (s.startsWith(what, i)) {
                return true;
            }
        }
        return false;
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
}
