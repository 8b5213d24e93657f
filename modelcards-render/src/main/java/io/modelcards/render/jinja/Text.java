package io.modelcards.render.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Python str operations whose Java counterparts differ (whitespace set, splitting, padding, casing). */
final class Text {
    private Text() {
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String capitalize(String s) {
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

    /** Python strip/lstrip/rstrip: {@code chars} null means whitespace. */
    static String strip(String s, Object chars, boolean left, boolean right) {
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
        return set == null ? Lexer.isSpace(c) : set.indexOf(c) >= 0;
    }

    static String replace(Interp in, String s, String old, String neu, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                count = Long.MAX_VALUE;
            } else {
                long hits = countOf(s, old);
                in.checkSize(s.length() + hits * (neu.length() - old.length()));
                return s.replace(old, neu);
            }
        }
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
                in.checkSize(sb.length());
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
    static String pad(Interp in, String s, int width, String fill, char how) {
        int n = Py.len(s);
        if (width <= n) {
            return s;
        }
        in.checkSize(width);
        int total = width - n;
        int left;
        switch (how) {
            case 'l' -> left = 0;
            case 'r' -> left = total;
            default -> left = total / 2 + (total & width & 1);
        }
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Python's str.splitlines(keepends). */
    static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
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
        return out;
    }

    /** Python's str.split(sep, maxsplit); sep null splits on runs of whitespace. */
    static List<Object> split(String s, String sep, long maxsplit) {
        List<Object> out = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && Lexer.isSpace(s.charAt(i))) {
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
                while (j < n && !Lexer.isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
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
        return out;
    }

    /** Python's str.rsplit(sep, maxsplit). */
    static List<Object> rsplit(String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            return split(s, sep, -1);
        }
        List<Object> out = new ArrayList<>();
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && Lexer.isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(0, strip(s.substring(0, j), null, true, false));
                    break;
                }
                int i = j;
                while (i > 0 && !Lexer.isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(0, s.substring(i, j));
                j = i;
            }
            return out;
        }
        int end = s.length();
        while (out.size() < maxsplit) {
            int i = s.lastIndexOf(sep, end - sep.length());
            if (i < 0) {
                break;
            }
            out.add(0, s.substring(i + sep.length(), end));
            end = i;
        }
        out.add(0, s.substring(0, end));
        return out;
    }
}
