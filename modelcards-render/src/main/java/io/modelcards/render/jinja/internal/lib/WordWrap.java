package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Budget;
import io.modelcards.render.jinja.internal.py.Deadline;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja2's {@code wordwrap} filter: Python's {@code textwrap.wrap} per line (tabs kept, whitespace kept, long
 * words broken, hyphenated words split after a hyphen), lines joined with the wrap string.
 *
 * <p>It follows {@code TextWrapper._wrap_chunks} step by step, but streams: chunks are read from the text as they
 * are needed, a long word is cut by moving an offset (Python copies the rest of the word each time), and the result
 * is checked against the render's limits before each line is appended. So a hostile width or wrap string is stopped
 * before it allocates, in time linear in the text.
 */
final class WordWrap {
    private static final String WS = "[\\t\\n\\x0b\\x0c\\r ]";
    private static final String NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
    private static final String WP = "[\\w!\"'&.,?]";
    private static final String LT = "[^\\d\\W]";
    /** textwrap's wordsep_re, which splits text into words, hyphenated parts and whitespace runs. */
    private static final Pattern WORDSEP = Pattern.compile(
            WS + "+"
            + "|(?<=" + WP + ")-{2,}(?=\\w)"
            + "|" + NWS + "+?(?:-(?:(?<=" + LT + "{2}-)|(?<=" + LT + "-" + LT + "-))(?=" + LT + "-?" + LT + ")"
            + "|(?=" + WS + "|\\z)"
            + "|(?<=" + WP + ")(?=-{2,}\\w))",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SIMPLE = Pattern.compile(WS + "+");

    private final Budget in;
    private final String text;
    private final long width;
    private final boolean breakLong;
    private final boolean hyphens;
    private final Matcher matcher;
    /** Where the text not yet cut into chunks starts, and a match found but not yet handed out. */
    private int last;
    private int pendingStart = -1;
    private int pendingEnd;
    private boolean exhausted;
    /** The next chunk, {@code [start, end)}, its length in code points, and its last non-space character. */
    private int start;
    private int end;
    private long length;
    private int lastNonSpace;

    private WordWrap(Budget in, String text, long width, boolean breakLong, boolean hyphens) {
        this.in = in;
        this.text = text;
        this.width = width;
        this.breakLong = breakLong;
        this.hyphens = hyphens;
        this.matcher = (hyphens ? WORDSEP : SIMPLE).matcher(Deadline.text(in, text));
        next();
    }

    static Object filter(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        String s = in.text(v);
        long width = Py.toLong(Filters.arg(a, kw, 0, "width", 79L));
        boolean breakLong = Py.truthy(Filters.arg(a, kw, 1, "break_long_words", true));
        Object wrapArg = Filters.arg(a, kw, 2, "wrapstring", null);
        String wrap = wrapArg == null ? "\n" : in.text(wrapArg);
        boolean hyphens = Py.truthy(Filters.arg(a, kw, 3, "break_on_hyphens", true));
        if (width <= 0) {
            throw new TemplateError("template/runtime", "invalid width " + width + " (must be > 0)");
        }
        StringBuilder out = new StringBuilder();
        boolean firstParagraph = true;
        for (int lineStart = 0; lineStart < s.length(); ) {
            int lineEnd = PyStr.lineEnd(s, lineStart);
            if (!firstParagraph) {
                // Jinja2 joins the wrapped paragraphs with the wrap string too, even those that wrap to nothing
                in.reach((long) out.length() + wrap.length());
                out.append(wrap);
            }
            firstParagraph = false;
            new WordWrap(in, s.substring(lineStart, lineEnd), width, breakLong, hyphens).wrapInto(out, wrap);
            lineStart = PyStr.nextLine(s, lineEnd);
        }
        return out.toString();
    }

    /** Moves to the next non-empty chunk: the text between two matches of the split pattern, or a match. */
    private void next() {
        while (true) {
            if (pendingStart >= 0) {
                set(pendingStart, pendingEnd);
                pendingStart = -1;
                return;
            }
            if (exhausted) {
                set(text.length(), text.length());
                return;
            }
            if (matcher.find()) {
                int before = last;
                last = matcher.end();
                if (matcher.end() > matcher.start()) {
                    pendingStart = matcher.start();
                    pendingEnd = matcher.end();
                }
                if (matcher.start() > before) {
                    set(before, matcher.start());
                    return;
                }
            } else {
                exhausted = true;
                if (last < text.length()) {
                    set(last, text.length());
                    last = text.length();
                    return;
                }
            }
        }
    }

    private void set(int s, int e) {
        start = s;
        end = e;
        length = text.codePointCount(s, e);
        lastNonSpace = e - 1;
        while (lastNonSpace >= s && PyStr.isSpace(text.charAt(lastNonSpace))) {
            lastNonSpace--;
        }
    }

    private boolean more() {
        return start < end;
    }

    /** textwrap's _wrap_chunks, appending the lines to {@code out} joined by {@code wrap}. */
    private void wrapInto(StringBuilder out, String wrap) {
        boolean anyLine = false;
        while (more()) {
            in.tick();
            if (anyLine && lastNonSpace < start) {
                next();
            }
            StringBuilder line = new StringBuilder();
            int lastPiece = 0;
            long lineLength = 0;
            while (more() && lineLength + length <= width) {
                lastPiece = line.length();
                line.append(text, start, end);
                lineLength += length;
                next();
            }
            if (more() && length > width) {
                lastPiece = longWord(line, lineLength, lastPiece);
            }
            if (line.length() > 0 && blank(line, lastPiece)) {
                line.setLength(lastPiece);
            }
            if (line.length() > 0) {
                in.reach((long) out.length() + (anyLine ? wrap.length() : 0) + line.length());
                if (anyLine) {
                    out.append(wrap);
                }
                out.append(line);
                anyLine = true;
            }
        }
    }

    private static boolean blank(StringBuilder line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (!PyStr.isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** textwrap's _handle_long_word: cuts the head of the next chunk into the line; returns the last piece's start. */
    private int longWord(StringBuilder line, long lineLength, int lastPiece) {
        long spaceLeft = width - lineLength;
        if (breakLong) {
            long cut = spaceLeft;
            if (hyphens && length > spaceLeft) {
                int limit = text.offsetByCodePoints(start, (int) Math.min(spaceLeft, length));
                int hyphen = text.lastIndexOf('-', limit - 1);
                if (hyphen > start && hyphen < limit && !blankOfHyphens(start, hyphen)) {
                    cut = text.codePointCount(start, hyphen) + 1;
                }
            }
            int at = text.offsetByCodePoints(start, (int) Math.min(cut, length));
            int piece = line.length();
            line.append(text, start, at);
            length -= text.codePointCount(start, at);
            start = at;
            return piece;
        }
        if (line.length() == 0) {
            line.append(text, start, end);
            next();
            return 0;
        }
        return lastPiece;
    }

    /** Whether {@code [from, to)} holds nothing but hyphens. */
    private boolean blankOfHyphens(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
