package io.modelcards.render.jinja.internal.py;

import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Python str operations whose Java counterparts differ (whitespace set, splitting, padding, casing). */
public final class PyStr {
    private static final String[] LATIN1 = new String[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf((char) c);
        }
    }

    private PyStr() {
    }

    /** The one-character string of {@code cp}; shared for Latin-1, so iterating a long string allocates little. */
    static String chr(int cp) {
        return cp < LATIN1.length ? LATIN1[cp] : new String(Character.toChars(cp));
    }

    /** Python's {@code str.upper()}. */
    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Python's {@code str.lower()}. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Python's {@code str.capitalize()}: the first character title-cased, the rest lower-cased. */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int n = Character.charCount(first);
        return new String(Character.toChars(Character.toTitleCase(first))) + lower(s.substring(n));
    }

    /** Python's str.title(): a cased character after an uncased one starts a word. */
    static String pyTitle(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            sb.appendCodePoint(prevCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
            prevCased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            sb.append(Character.isUpperCase(cp) ? lower(c) : Character.isLowerCase(cp) ? upper(c) : c);
        });
        return sb.toString();
    }

    /** A string's characters (code points) as a list that makes each one-character string only when it is read. */
    public static List<Object> characters(String s) {
        int[] offsets = null;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                offsets = s.codePoints().map(cp -> Character.charCount(cp)).toArray();
                int at = 0;
                for (int k = 0; k < offsets.length; k++) {
                    int width = offsets[k];
                    offsets[k] = at;
                    at += width;
                }
                break;
            }
        }
        int[] starts = offsets;
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                return chr(s.codePointAt(starts == null ? index : starts[index]));
            }

            @Override
            public int size() {
                return starts == null ? s.length() : starts.length;
            }
        };
    }

    /** Python's str.isspace for one char. */
    public static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == '\u0085' || c == '\u00a0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000';
    }

    /** Python strip/lstrip/rstrip: {@code chars} null means whitespace. */
    public static String strip(String s, Object chars, boolean left, boolean right) {
        String set = chars == null ? null : Py.str(chars);
        int a = 0;
        int b = s.length();
        if (left) {
            while (a < b && in(s.charAt(a), set)) {
                a++;
            }
        }
        if (right) {
            while (b > a && in(s.charAt(b - 1), set)) {
                b--;
            }
        }
        return s.substring(a, b);
    }

    private static boolean in(char c, String set) {
        return set == null ? isSpace(c) : set.indexOf(c) >= 0;
    }

    /** Python's {@code s.replace(old, new, count)} (count -1: all), refused before it passes the size limit. */
    public static String replace(Budget in, String s, String old, String neu, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                count = Long.MAX_VALUE;
            } else {
                long hits = countOf(s, old);
                in.grow(s.length() + hits * (neu.length() - old.length()));
                return s.replace(old, neu);
            }
        }
        long hits = old.isEmpty() ? Py.len(s) + 1 : countOf(s, old);
        in.grow(s.length() + Math.min(hits, count) * (neu.length() - old.length()));
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        long done = 0;
        if (old.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            for (int i = 0; i <= cps.length; i++) {
                if (done < count) {
                    sb.append(neu);
                    done++;
                }
                if (i < cps.length) {
                    sb.appendCodePoint(cps[i]);
                }
            }
            return sb.toString();
        }
        while (done < count) {
            int i = s.indexOf(old, pos);
            if (i < 0) {
                break;
            }
            sb.append(s, pos, i).append(neu);
            pos = i + old.length();
            done++;
        }
        return sb.append(s.substring(pos)).toString();
    }

    static long countOf(String s, String sub) {
        if (sub.isEmpty()) {
            return Py.len(s) + 1L;
        }
        long n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** ljust ('l'), rjust ('r') and center ('c') with Python's placement of the odd pad character. */
    public static String pad(Budget in, String s, long width, String fill, char how) {
        if (Py.len(fill) != 1) {
            throw new TemplateError("template/runtime", "The fill character must be exactly one character long");
        }
        long n = Py.len(s);
        if (width <= n) {
            return s;
        }
        in.grow(s.length() + (width - n) * fill.length());
        int total = (int) (width - n);
        int left;
        switch (how) {
            case 'l' -> left = 0;
            case 'r' -> left = total;
            default -> left = total / 2 + (total & (int) width & 1);
        }
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    /** Python's {@code str.expandtabs(tabsize)}: each tab up to the next multiple of the tab size in its line. */
    static String expandtabs(Budget in, String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    in.reach(sb.length() + spaces);
                    sb.append(" ".repeat((int) spaces));
                    column += spaces;
                }
            } else {
                sb.append(c);
                column = c == '\n' || c == '\r' ? 0 : Character.isLowSurrogate(c) ? column : column + 1;
            }
        }
        in.grow(sb.length());
        return sb.toString();
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Python's str.splitlines(keepends), built within {@code in}'s limits. */
    public static List<Object> splitlines(Budget in, String s, boolean keepends) {
        Pieces out = new Pieces(in);
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (lineBreak(c)) {
                int end = i;
                i++;
                if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                out.add(s.substring(start, keepends ? i : end));
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out.done();
    }

    /** The end of the line that starts at {@code start} (its break excluded), for walking lines without a list. */
    public static int lineEnd(String s, int start) {
        int i = start;
        while (i < s.length() && !lineBreak(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The start of the next line after a line that ends at {@code end}. */
    public static int nextLine(String s, int end) {
        if (end >= s.length()) {
            return end;
        }
        return s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /** Python's str.split(sep, maxsplit); sep null splits on runs of whitespace. */
    public static List<Object> split(Budget in, String s, String sep, long maxsplit) {
        Pieces out = new Pieces(in);
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && out.size() >= maxsplit) {
                    out.add(strip(s.substring(i), null, false, true));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out.done();
        }
        if (sep.isEmpty()) {
            throw new TemplateError("template/runtime", "empty separator");
        }
        int pos = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int i = s.indexOf(sep, pos);
            if (i < 0) {
                break;
            }
            out.add(s.substring(pos, i));
            pos = i + sep.length();
        }
        out.add(s.substring(pos));
        return out.done();
    }

    /** Python's str.rsplit(sep, maxsplit). */
    static List<Object> rsplit(Budget in, String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            return split(in, s, sep, -1);
        }
        Pieces out = new Pieces(in);
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(strip(s.substring(0, j), null, true, false));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
                j = i;
            }
            return out.reversed();
        }
        if (sep.isEmpty()) {
            throw new TemplateError("template/runtime", "empty separator");
        }
        int end = s.length();
        while (out.size() < maxsplit) {
            int i = s.lastIndexOf(sep, end - sep.length());
            if (i < 0) {
                break;
            }
            out.add(s.substring(i + sep.length(), end));
            end = i;
        }
        out.add(s.substring(0, end));
        return out.reversed();
    }

    /** A list of new strings cut from one string: refused as soon as it passes the limits, charged when done. */
    private static final class Pieces {
        /** Units per new string object besides its characters (header and array, roughly). */
        private static final long PIECE = Budget.PIECE;
        private final Owned.PyList list = new Owned.PyList();
        private final Budget in;
        private long chars;

        Pieces(Budget in) {
            this.in = in;
        }

        int size() {
            return list.size();
        }

        void add(String piece) {
            list.add(piece);
            chars += piece.length();
            if ((list.size() & 1023) == 0) {
                in.reach(PIECE * list.size() + chars);
                in.tick();
            }
        }

        List<Object> done() {
            in.grow(PIECE * list.size() + chars);
            return list;
        }

        List<Object> reversed() {
            Collections.reverse(list);
            return done();
        }
    }
}
