package io.modelcards.hf;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes plain Java values (maps, lists, strings, numbers, booleans, null) as YAML byte for byte like PyYAML 6's
 * {@code yaml.dump(data, sort_keys=False, allow_unicode=True)}, which is how huggingface_hub writes front matter:
 * block style, lists under a key not indented, empty collections as {@code []}/{@code {}}, lines folded at 80 columns.
 * Output uses "\n" line ends.
 */
final class PyYaml {
    private static final int BEST_WIDTH = 80;
    private static final int BEST_INDENT = 2;

    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> numberTexts;
    private final Collection<String> plainScalars;
    private final StringBuilder path = new StringBuilder();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private Integer indent;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;

    private PyYaml(Map<String, String> numberTexts, Collection<String> plainScalars) {
        this.numberTexts = numberTexts;
        this.plainScalars = plainScalars;
    }

    /** The YAML document for {@code data}, ending with a line break. */
    static String dump(Object data) {
        return dump(data, Map.of());
    }

    /**
     * As {@link #dump(Object)}, but a number whose path ("/key/0/key") is in {@code numberTexts} with text that reads
     * back as the same number is written with that text ({@code 2e-05} stays {@code 2e-05}, not {@code 2.0e-05}).
     */
    static String dump(Object data, Map<String, String> numberTexts) {
        return dump(data, numberTexts, List.of());
    }

    /**
     * As {@link #dump(Object, Map)}, and a string whose pointer is in {@code plainScalars} and that PyYAML reads, written
     * plain, as a date, a timestamp or a special float is written plain, so that PyYAML reads that value again
     * ({@link io.modelcards.card.Metadata#plainScalars()}).
     */
    static String dump(Object data, Map<String, String> numberTexts, Collection<String> plainScalars) {
        PyYaml y = new PyYaml(numberTexts, plainScalars);
        y.node(data, false, false);
        y.indent = null;
        y.writeIndent();
        return y.out.toString();
    }

    private void node(Object v, boolean mappingContext, boolean simpleKey) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                emptyFlow("{", "}");
            } else {
                mapping(m);
            }
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                emptyFlow("[", "]");
            } else {
                sequence(l, mappingContext);
            }
        } else {
            increaseIndent(true, false);
            scalar(v, simpleKey);
            popIndent();
        }
    }

    private void mapping(Map<?, ?> m) {
        increaseIndent(false, false);
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            writeIndent();
            if (simpleKey(key)) {
                node(key, true, true);
                writeIndicator(":", false, false, false);
            } else {
                // PyYAML writes empty, multi-line and long keys as explicit "? key" / ": value" pairs.
                writeIndicator("?", true, false, true);
                node(key, true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            int mark = path.length();
            path.append('/').append(Located.escape(String.valueOf(key)));
            node(e.getValue(), true, false);
            path.setLength(mark);
        }
        popIndent();
    }

    private static boolean simpleKey(String key) {
        int[] cps = key.codePoints().toArray();
        PyYamlScalars.Analysis a = PyYamlScalars.analyze(cps);
        return cps.length < 128 && !a.empty() && !a.multiline();
    }

    private void sequence(List<?> l, boolean mappingContext) {
        increaseIndent(false, mappingContext && !indention);
        for (int i = 0; i < l.size(); i++) {
            writeIndent();
            writeIndicator("-", true, false, true);
            int mark = path.length();
            path.append('/').append(i);
            node(l.get(i), false, false);
            path.setLength(mark);
        }
        popIndent();
    }

    private void emptyFlow(String open, String close) {
        writeIndicator(open, true, true, false);
        increaseIndent(true, false);
        popIndent();
        writeIndicator(close, false, false, false);
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent == null ? -1 : indent);
        if (indent == null) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
        // -1 marks "no indent yet" on the stack, which ArrayDeque cannot hold as null.
    }

    private void popIndent() {
        int i = indents.pop();
        indent = i < 0 ? null : i;
    }

    private void scalar(Object v, boolean simpleKey) {
        if (v instanceof String s) {
            int[] cps = s.codePoints().toArray();
            PyYamlScalars.Analysis a = PyYamlScalars.analyze(cps);
            boolean split = !simpleKey;
            boolean keepPlain = !simpleKey && plainScalars.contains(path.toString()) && PyYamlScalars.readsAsNonJson(s);
            if ((keepPlain || PyYamlScalars.resolvesToString(s)) && !(simpleKey && (a.empty() || a.multiline())) && a.allowBlockPlain()) {
                writePlain(cps, split);
            } else if (a.allowSingleQuoted() && !(simpleKey && a.multiline())) {
                writeSingleQuoted(cps, split);
            } else {
                writeDoubleQuoted(cps, split);
            }
            return;
        }
        String text;
        if (v == null) {
            text = "null";
        } else if (v instanceof Boolean b) {
            text = b ? "true" : "false";
        } else if (v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short) {
            text = v.toString();
        } else if (v instanceof Number n) {
            text = PyYamlScalars.floatText(n.doubleValue());
        } else {
            text = String.valueOf(v);
        }
        String kept = v instanceof Number ? numberTexts.get(path.toString()) : null;
        if (kept != null && v.equals(YamlValues.plain(kept))) {
            text = kept;
        }
        writePlain(text.codePoints().toArray(), !simpleKey);
    }

    private void write(int[] cps, int start, int end) {
        for (int i = start; i < end; i++) {
            out.appendCodePoint(cps[i]);
        }
        column += end - start;
    }

    private void write(String s) {
        out.append(s);
        column += s.codePointCount(0, s.length());
    }

    private void writeIndent() {
        int ind = indent == null || indent < 0 ? 0 : indent;
        if (!indention || column > ind || (column == ind && !whitespace)) {
            writeLineBreak();
        }
        if (column < ind) {
            whitespace = true;
            out.append(" ".repeat(ind - column));
            column = ind;
        }
    }

    private void writeLineBreak() {
        whitespace = true;
        indention = true;
        column = 0;
        out.append('\n');
    }

    private void writeIndicator(String ind, boolean needWhitespace, boolean ws, boolean indent) {
        String data = whitespace || !needWhitespace ? ind : " " + ind;
        whitespace = ws;
        indention = indention && indent;
        write(data);
    }

    private void writePlain(int[] t, boolean split) {
        if (t.length == 0) {
            return;
        }
        if (!whitespace) {
            write(" ");
        }
        whitespace = false;
        indention = false;
        boolean spaces = false;
        int start = 0;
        for (int end = 0; end <= t.length; end++) {
            int ch = end < t.length ? t[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split) {
                        writeIndent();
                        whitespace = false;
                        indention = false;
                    } else {
                        write(t, start, end);
                    }
                    start = end;
                }
            } else if (ch == -1 || ch == ' ' || PyYamlScalars.isBreak(ch)) {
                write(t, start, end);
                start = end;
            }
            if (ch != -1) {
                spaces = ch == ' ';
            }
        }
    }

    private void writeSingleQuoted(int[] t, boolean split) {
        writeIndicator("'", true, false, false);
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= t.length; end++) {
            int ch = end < t.length ? t[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split && start != 0 && end != t.length) {
                        writeIndent();
                    } else {
                        write(t, start, end);
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch == -1 || !PyYamlScalars.isBreak(ch)) {
                    if (t[start] == '\n') {
                        writeLineBreak();
                    }
                    for (int i = start; i < end; i++) {
                        writeLineBreak(t[i]);
                    }
                    writeIndent();
                    start = end;
                }
            } else if (ch == -1 || ch == ' ' || PyYamlScalars.isBreak(ch) || ch == '\'') {
                if (start < end) {
                    write(t, start, end);
                    start = end;
                }
            }
            if (ch == '\'') {
                write("''");
                start = end + 1;
            }
            if (ch != -1) {
                spaces = ch == ' ';
                breaks = PyYamlScalars.isBreak(ch);
            }
        }
        writeIndicator("'", false, false, false);
    }

    private void writeLineBreak(int br) {
        if (br == '\n') {
            writeLineBreak();
        } else {
            whitespace = true;
            indention = true;
            column = 0;
            out.appendCodePoint(br);
        }
    }

    private static String escape(int ch) {
        return switch (ch) {
            case 0 -> "0";
            case 7 -> "a";
            case 8 -> "b";
            case 9 -> "t";
            case 10 -> "n";
            case 11 -> "v";
            case 12 -> "f";
            case 13 -> "r";
            case 27 -> "e";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 0x85 -> "N";
            case 0xA0 -> "_";
            case 0x2028 -> "L";
            case 0x2029 -> "P";
            default -> ch <= 0xFF ? String.format(Locale.ROOT, "x%02X", ch) : ch <= 0xFFFF ? String.format(Locale.ROOT, "u%04X", ch)
                    : String.format(Locale.ROOT, "U%08X", ch);
        };
    }

    private void writeDoubleQuoted(int[] t, boolean split) {
        writeIndicator("\"", true, false, false);
        int start = 0;
        for (int end = 0; end <= t.length; end++) {
            int ch = end < t.length ? t[end] : -1;
            boolean plainChar = ch != -1 && ch != '"' && ch != '\\' && ch != 0x85 && ch != 0x2028 && ch != 0x2029 && ch != 0xFEFF
                    && ((ch >= 0x20 && ch <= 0x7E) || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD));
            if (!plainChar) {
                if (start < end) {
                    write(t, start, end);
                    start = end;
                }
                if (ch != -1) {
                    write("\\" + escape(ch));
                    start = end + 1;
                }
            }
            if (0 < end && end < t.length - 1 && (ch == ' ' || start >= end) && column + (end - start) > BEST_WIDTH && split) {
                String data = new String(t, start, Math.max(0, end - start)) + "\\";
                if (start < end) {
                    start = end;
                }
                write(data);
                writeIndent();
                whitespace = false;
                indention = false;
                if (t[start] == ' ') {
                    write("\\");
                }
            }
        }
        writeIndicator("\"", false, false, false);
    }
}
