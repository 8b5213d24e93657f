package io.modelcards.render.jinja;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja2's {@code wordwrap} filter: Python's {@code textwrap.wrap} per line (tabs kept, whitespace kept, long
 * words broken, hyphenated words split after a hyphen), lines joined with {@code \n}.
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

    private WordWrap() {
    }

    static Object filter(Interp in, Object v, List<Object> a, Map<String, Object> kw) {
        String s = in.text(v);
        int width = (int) Py.toLong(Filters.arg(a, kw, 0, "width", 79L));
        boolean breakLong = Py.truthy(Filters.arg(a, kw, 1, "break_long_words", true));
        Object wrapArg = Filters.arg(a, kw, 2, "wrapstring", null);
        String wrap = wrapArg == null ? "\n" : in.text(wrapArg);
        boolean hyphens = Py.truthy(Filters.arg(a, kw, 3, "break_on_hyphens", true));
        if (width <= 0) {
            throw new TemplateError("template/runtime", "invalid width " + width + " (must be > 0)");
        }
        List<String> out = new ArrayList<>();
        for (String line : Text.splitlines(s, false)) {
            in.tick();
            out.add(String.join(wrap, wrap(line, width, breakLong, hyphens)));
        }
        return String.join(wrap, out);
    }

    private static List<String> chunks(String text, boolean hyphens) {
        Matcher m = (hyphens ? WORDSEP : SIMPLE).matcher(text);
        List<String> out = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(text.substring(last, m.start()));
            }
            if (m.end() > m.start()) {
                out.add(m.group());
            }
            last = m.end();
        }
        if (last < text.length()) {
            out.add(text.substring(last));
        }
        return out;
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean blank(String s) {
        return s.strip().isEmpty() && s.chars().allMatch(c -> Lexer.isSpace((char) c));
    }

    static List<String> wrap(String text, int width, boolean breakLong, boolean hyphens) {
        List<String> chunks = chunks(text, hyphens);
        Collections.reverse(chunks);
        List<String> lines = new ArrayList<>();
        while (!chunks.isEmpty()) {
            List<String> cur = new ArrayList<>();
            int curLen = 0;
            if (blank(chunks.get(chunks.size() - 1)) && !lines.isEmpty()) {
                chunks.remove(chunks.size() - 1);
            }
            while (!chunks.isEmpty()) {
                int l = len(chunks.get(chunks.size() - 1));
                if (curLen + l > width) {
                    break;
                }
                cur.add(chunks.remove(chunks.size() - 1));
                curLen += l;
            }
            if (!chunks.isEmpty() && len(chunks.get(chunks.size() - 1)) > width) {
                longWord(chunks, cur, curLen, width, breakLong, hyphens);
            }
            if (!cur.isEmpty() && blank(cur.get(cur.size() - 1))) {
                cur.remove(cur.size() - 1);
            }
            if (!cur.isEmpty()) {
                lines.add(String.join("", cur));
            }
        }
        return lines;
    }

    private static void longWord(List<String> chunks, List<String> cur, int curLen, int width, boolean breakLong,
                                 boolean hyphens) {
        int spaceLeft = width < 1 ? 1 : width - curLen;
        if (breakLong) {
            int[] cps = chunks.get(chunks.size() - 1).codePoints().toArray();
            int end = spaceLeft;
            if (hyphens && cps.length > spaceLeft) {
                int hyphen = -1;
                for (int i = Math.min(spaceLeft, cps.length) - 1; i >= 0; i--) {
                    if (cps[i] == '-') {
                        hyphen = i;
                        break;
                    }
                }
                boolean other = false;
                for (int i = 0; i < Math.max(hyphen, 0); i++) {
                    other |= cps[i] != '-';
                }
                if (hyphen > 0 && other) {
                    end = hyphen + 1;
                }
            }
            end = Math.min(end, cps.length);
            cur.add(new String(cps, 0, end));
            chunks.set(chunks.size() - 1, new String(cps, end, cps.length - end));
        } else if (cur.isEmpty()) {
            cur.add(chunks.remove(chunks.size() - 1));
        }
    }
}
