package io.modelcards.render.jinja.internal.syntax;

import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a template into tokens the way Jinja2's lexer does with default settings: newlines normalised to
 * {@code \n}, one trailing newline dropped, {@code -} whitespace control, raw blocks, comments skipped, and
 * tag ends ignored while brackets are open.
 */
final class Lexer {
    enum T { DATA, VAR_BEGIN, VAR_END, BLOCK_BEGIN, BLOCK_END, NAME, STRING, INT, FLOAT, OP, EOF }

    record Tok(T type, String text, Object value, int line, int col) {
        boolean is(T t, String s) {
            return type == t && text.equals(s);
        }

        boolean op(String s) {
            return type == T.OP && text.equals(s);
        }

        boolean name(String s) {
            return type == T.NAME && text.equals(s);
        }
    }

    private static final Pattern RAW_BEGIN = Pattern.compile("\\{%([-+]?)\\s*raw\\s*(-?)%}");
    private static final Pattern RAW_END = Pattern.compile("\\{%(-?)\\s*endraw\\s*([-+]?)%}");
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(0b(_?[01])+|0o(_?[0-7])+|0x(_?[0-9a-f])+)|((\\d+_)*\\d+)((\\.(\\d+_)*\\d+)?e[+-]?(\\d+_)*\\d+|\\.(\\d+_)*\\d+)?");
    private static final String[] OPS = {"//", "**", "==", "!=", "<=", ">=", "+", "-", "/", "*", "%", "~", "[", "]", "(", ")",
        "{", "}", "<", ">", "=", ".", ":", "|", ",", ";"};

    private final String src;
    private final List<Tok> out = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    /** Normalises newlines and drops one trailing newline, as Jinja2 does before lexing. */
    static String normalise(String source) {
        String s = source.indexOf('\r') >= 0 ? source.replace("\r\n", "\n").replace('\r', '\n') : source;
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    static List<Tok> lex(String source) {
        Lexer lx = new Lexer(normalise(source));
        lx.run();
        return lx.out;
    }

    private TemplateError syntax(String msg) {
        return new TemplateError("template/syntax", msg).at(line, pos - lineStart + 1);
    }

    private void advanceTo(int newPos) {
        for (int i = pos; i < newPos; i++) {
            if (src.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        pos = newPos;
    }

    private void run() {
        boolean lstripNext = false;
        while (pos < src.length()) {
            int idx = nextTagStart(pos);
            int dataEnd = idx < 0 ? src.length() : idx;
            String data = src.substring(pos, dataEnd);
            if (lstripNext) {
                data = stripLeading(data);
            }
            if (idx >= 0 && idx + 2 < src.length() && src.charAt(idx + 2) == '-') {
                data = stripTrailing(data);
            }
            int dataLine = line;
            int dataCol = pos - lineStart + 1;
            advanceTo(dataEnd);
            if (idx < 0) {
                addData(data, dataLine, dataCol);
                break;
            }
            char kind = src.charAt(idx + 1);
            if (kind == '%') {
                Matcher raw = RAW_BEGIN.matcher(src).region(idx, src.length());
                if (raw.lookingAt()) {
                    addData(data, dataLine, dataCol);
                    lstripNext = raw(raw);
                    continue;
                }
            }
            addData(data, dataLine, dataCol);
            if (kind == '#') {
                lstripNext = comment(idx);
            } else {
                lstripNext = tag(idx, kind == '{' ? T.VAR_BEGIN : T.BLOCK_BEGIN, kind == '{' ? "}}" : "%}");
            }
        }
        out.add(new Tok(T.EOF, "", null, line, pos - lineStart + 1));
    }

    private void addData(String data, int l, int c) {
        if (!data.isEmpty()) {
            out.add(new Tok(T.DATA, data, data, l, c));
        }
    }

    private int nextTagStart(int from) {
        int i = src.indexOf('{', from);
        while (i >= 0 && i + 1 < src.length()) {
            char c = src.charAt(i + 1);
            if (c == '{' || c == '%' || c == '#') {
                return i;
            }
            i = src.indexOf('{', i + 1);
        }
        return -1;
    }

    private boolean raw(Matcher begin) {
        advanceTo(begin.end());
        Matcher end = RAW_END.matcher(src);
        if (!end.find(pos)) {
            throw syntax("'raw' is never closed; add {% endraw %}");
        }
        String body = src.substring(pos, end.start());
        if (!begin.group(2).isEmpty()) {
            body = stripLeading(body);
        }
        if (!end.group(1).isEmpty()) {
            body = stripTrailing(body);
        }
        int l = line;
        int c = pos - lineStart + 1;
        advanceTo(end.end());
        addData(body, l, c);
        return end.group(2).equals("-");
    }

    private boolean comment(int idx) {
        int end = src.indexOf("#}", idx + 2);
        if (end < 0) {
            advanceTo(idx);
            throw syntax("Missing end of comment tag; close it with #}");
        }
        boolean strip = end > idx + 2 && src.charAt(end - 1) == '-';
        advanceTo(end + 2);
        return strip;
    }

    /** Lexes one {{ }} or {% %} tag; returns whether its end asks to strip the following whitespace. */
    private boolean tag(int idx, T beginType, String close) {
        out.add(new Tok(beginType, src.substring(idx, idx + 2), null, line, idx - lineStart + 1));
        int p = idx + 2;
        if (p < src.length() && (src.charAt(p) == '-' || src.charAt(p) == '+')) {
            p++;
        }
        advanceTo(p);
        T endType = beginType == T.VAR_BEGIN ? T.VAR_END : T.BLOCK_END;
        int depth = 0;
        while (true) {
            skipSpace();
            if (pos >= src.length()) {
                throw syntax("unexpected end of template; close the tag with " + close);
            }
            if (depth == 0) {
                if (src.startsWith(close, pos)) {
                    out.add(new Tok(endType, close, null, line, pos - lineStart + 1));
                    advanceTo(pos + 2);
                    return false;
                }
                if (src.charAt(pos) == '-' && src.startsWith(close, pos + 1)) {
                    out.add(new Tok(endType, close, null, line, pos - lineStart + 1));
                    advanceTo(pos + 3);
                    return true;
                }
            }
            Tok t = token();
            if (t.type == T.OP) {
                switch (t.text) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> {
                        if (depth == 0) {
                            throw syntax("unexpected '" + t.text + "'; remove it or open the bracket first");
                        }
                        depth--;
                    }
                    default -> { }
                }
            }
            out.add(t);
        }
    }

    private void skipSpace() {
        int p = pos;
        while (p < src.length() && PyStr.isSpace(src.charAt(p))) {
            p++;
        }
        advanceTo(p);
    }

    private Tok token() {
        int l = line;
        int c = pos - lineStart + 1;
        char ch = src.charAt(pos);
        if (ch == '\'' || ch == '"') {
            return string(ch, l, c);
        }
        boolean afterDot = !out.isEmpty() && out.get(out.size() - 1).op(".");
        if (ch >= '0' && ch <= '9') {
            Matcher m = NUMBER.matcher(src).region(pos, src.length());
            if (m.lookingAt()) {
                String text = m.group();
                if (afterDot && m.group(7) != null) {
                    text = m.group(5);
                }
                advanceTo(pos + text.length());
                return number(text, l, c);
            }
        }
        if (Character.isLetter(ch) || ch == '_') {
            int p = pos + 1;
            while (p < src.length() && (Character.isLetterOrDigit(src.charAt(p)) || src.charAt(p) == '_')) {
                p++;
            }
            String name = src.substring(pos, p).intern();
            advanceTo(p);
            return new Tok(T.NAME, name, name, l, c);
        }
        for (String op : OPS) {
            if (src.startsWith(op, pos)) {
                advanceTo(pos + op.length());
                return new Tok(T.OP, op, op, l, c);
            }
        }
        throw syntax("unexpected char " + Py.repr(String.valueOf(ch)) + "; remove it or quote it inside a string");
    }

    private Tok number(String text, int l, int c) {
        String t = text.replace("_", "").toLowerCase(Locale.ROOT);
        if (t.length() > Py.MAX_STR_DIGITS && t.chars().allMatch(Character::isDigit)) {
            throw syntax("the integer literal has more than " + Py.MAX_STR_DIGITS + " digits, which Python refuses to"
                    + " convert; use a smaller number");
        }
        if (t.startsWith("0b") || t.startsWith("0o") || t.startsWith("0x")) {
            int radix = t.charAt(1) == 'b' ? 2 : t.charAt(1) == 'o' ? 8 : 16;
            return new Tok(T.INT, text, Py.intOf(new BigInteger(t.substring(2), radix)), l, c);
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0) {
            return new Tok(T.FLOAT, text, Double.parseDouble(t), l, c);
        }
        return new Tok(T.INT, text, Py.intOf(new BigInteger(t)), l, c);
    }

    private Tok string(char q, int l, int c) {
        int p = pos + 1;
        StringBuilder raw = new StringBuilder();
        while (true) {
            if (p >= src.length()) {
                throw syntax("unterminated string; close it with " + q);
            }
            char ch = src.charAt(p);
            if (ch == '\\' && p + 1 < src.length()) {
                raw.append(ch).append(src.charAt(p + 1));
                p += 2;
                continue;
            }
            if (ch == q) {
                break;
            }
            raw.append(ch);
            p++;
        }
        String text = src.substring(pos, p + 1);
        advanceTo(p + 1);
        return new Tok(T.STRING, text, unescape(raw.toString()), l, c);
    }

    /** Python's unicode-escape decoding of a string literal's body. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\' || i + 1 >= s.length()) {
                sb.append(ch);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case '\n' -> { }
                case 'x', 'u', 'U' -> {
                    int len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                    if (i + len < s.length()) {
                        try {
                            int cp = Integer.parseInt(s.substring(i + 1, i + 1 + len), 16);
                            sb.appendCodePoint(cp);
                            i += len;
                        } catch (RuntimeException e) {
                            throw new TemplateError("template/syntax", "bad \\" + n + " escape in a string literal; write it as \\\\" + n);
                        }
                    } else {
                        throw new TemplateError("template/syntax", "truncated \\" + n + " escape in a string literal");
                    }
                }
                default -> {
                    if (n >= '0' && n <= '7') {
                        int end = i;
                        while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        sb.append((char) Integer.parseInt(s.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        sb.append('\\').append(n);
                    }
                }
            }
        }
        return sb.toString();
    }

    static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && PyStr.isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    static String stripTrailing(String s) {
        int i = s.length();
        while (i > 0 && PyStr.isSpace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
    }
}
