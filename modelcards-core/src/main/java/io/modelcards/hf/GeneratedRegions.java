package io.modelcards.hf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The generated regions of a README: the parts a built-in template writes from captured data, each between a line
 * {@code <!-- modelcards:generated NAME HASH -->} and a line {@code <!-- /modelcards:generated -->}. NAME says which
 * part (docs/templates.md lists them); HASH is the first 12 hex digits of the SHA-256 of the text between the two
 * lines (CRLF read as LF), added by the renderer ({@link #seal}), so that an edited region is told from an untouched
 * one. Headings inside a region belong to it.
 */
final class GeneratedRegions {
    static final String OPEN = "<!-- modelcards:generated ";
    static final String CLOSE = "<!-- /modelcards:generated -->";

    /**
     * One region.
     *
     * @param start    offset of its opening marker line
     * @param end      offset just after its closing marker line's line end
     * @param name     the part's name
     * @param recorded the hash written in the opening marker, or null
     * @param actual   the hash of the text between the markers as it is now
     * @param inner    the text between the marker lines
     * @param line     1-based line of the opening marker within the searched text
     */
    record Region(int start, int end, String name, String recorded, String actual, String inner, int line) {
        boolean edited() {
            return recorded == null || !recorded.equals(actual);
        }
    }

    private GeneratedRegions() {}

    /** Whether {@code line} (without its line end) opens a region. */
    static boolean opens(String line) {
        String t = line.strip();
        return t.startsWith(OPEN) && t.endsWith("-->");
    }

    /** Whether {@code line} (without its line end) closes a region. */
    static boolean closes(String line) {
        return line.strip().equals(CLOSE);
    }

    /** The regions of {@code text}, in order; an opening marker without a closing one is no region. */
    static List<Region> find(String text) {
        List<Region> out = new ArrayList<>();
        List<String> lines = MarkdownBlocks.lines(text);
        int pos = 0;
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            int close = opens(l) ? closing(lines, i) : -1;
            if (close < 0) {
                pos += l.length();
                i++;
                continue;
            }
            int innerStart = pos + l.length();
            int innerEnd = innerStart;
            for (int k = i + 1; k < close; k++) {
                innerEnd += lines.get(k).length();
            }
            String inner = text.substring(innerStart, innerEnd);
            String t = l.strip();
            String[] words = t.substring(OPEN.length(), t.length() - 3).strip().split("\\s+");
            int end = innerEnd + lines.get(close).length();
            out.add(new Region(pos, end, words[0], words.length > 1 ? words[1] : null, hash(inner), inner, i + 1));
            pos = end;
            i = close + 1;
        }
        return out;
    }

    /** The index of the line that closes the region opened at line {@code open}, or -1. */
    private static int closing(List<String> lines, int open) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (closes(lines.get(j))) {
                return j;
            }
            if (opens(lines.get(j))) {
                return -1; // regions do not nest
            }
        }
        return -1;
    }

    /** {@code text} with each region's opening marker carrying the hash of its content (replacing any hash it had). */
    static String seal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int pos = 0;
        for (Region r : find(text)) {
            int nl = text.indexOf('\n', r.start());
            String le = nl > r.start() && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
            out.append(text, pos, r.start());
            out.append(OPEN).append(r.name()).append(' ').append(r.actual()).append(" -->").append(le);
            out.append(text, nl + 1, r.end());
            pos = r.end();
        }
        return out.append(text, pos, text.length()).toString();
    }

    /** {@code text} without its regions: each region and its marker lines removed. */
    static String strip(String text) {
        List<Region> regions = find(text);
        if (regions.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (Region r : regions) {
            out.append(text, pos, r.start());
            pos = r.end();
        }
        return out.append(text, pos, text.length()).toString();
    }

    /** {@code text} with every marker line removed and the regions' content kept. */
    static String unmark(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String l : MarkdownBlocks.lines(text)) {
            if (!opens(l) && !closes(l)) {
                out.append(l);
            }
        }
        return out.toString();
    }

    /** The first 12 hex digits of the SHA-256 of {@code s} as UTF-8, CRLF read as LF. */
    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
