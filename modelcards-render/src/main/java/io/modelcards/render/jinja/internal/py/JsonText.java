package io.modelcards.render.jinja.internal.py;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's {@code tojson}: Python's {@code json.dumps(sort_keys=True)} (ASCII-only, {@code ", "} and {@code ": "}
 * separators, float repr) with {@code < > & '} escaped as {@code \\u003c \\u003e \\u0026 \\u0027}.
 */
public final class JsonText {
    private final Budget in;
    private final String indent;
    private final StringBuilder sb = new StringBuilder();

    private JsonText(Budget in, String indent) {
        this.in = in;
        this.indent = indent;
    }

    /** {@code value | tojson(indent)}: an int indent is that many spaces, a string indent is used as it is. */
    public static String htmlSafe(Budget in, Object value, Object indent) {
        if (Py.isIntLike(indent)) {
            in.reach(Py.toLong(indent));
        }
        String ind = indent == null ? null : indent instanceof String s ? s : " ".repeat((int) Math.max(0, Py.toLong(indent)));
        JsonText json = new JsonText(in, ind);
        json.write(value, 0);
        return json.sb.toString();
    }

    private void newline(int level) {
        in.reach(sb.length() + 1 + (long) level * indent.length());
        sb.append('\n');
        for (int i = 0; i < level; i++) {
            sb.append(indent);
        }
    }

    private void append(String s) {
        in.reach((long) sb.length() + s.length());
        sb.append(s);
    }

    private void write(Object v, int level) {
        in.tick();
        if (level > 200) {
            throw new TemplateError("template/runtime", "the value nests too deeply for tojson");
        }
        if (v == null) {
            append("null");
        } else if (v instanceof Boolean b) {
            append(b ? "true" : "false");
        } else if (Py.isInt(v)) {
            append(Py.scalarText(v));
        } else if (Py.isFloat(v)) {
            double d = Py.toDouble(v);
            append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : FloatText.repr(d));
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                append("{}");
                return;
            }
            List<Object> keys = new ArrayList<>(m.keySet());
            keys.sort((x, y) -> {
                in.tick();
                return Py.compare(x, y);
            });
            append("{");
            boolean first = true;
            for (Object k : keys) {
                if (!first) {
                    append(indent == null ? ", " : ",");
                }
                first = false;
                if (indent != null) {
                    newline(level + 1);
                }
                string(keyText(k));
                append(": ");
                write(m.get(k), level + 1);
            }
            if (indent != null) {
                newline(level);
            }
            append("}");
        } else if (v instanceof List<?> l && !(v instanceof PyObject)) {
            if (l.isEmpty()) {
                append("[]");
                return;
            }
            append("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    append(indent == null ? ", " : ",");
                }
                if (indent != null) {
                    newline(level + 1);
                }
                write(l.get(i), level + 1);
            }
            if (indent != null) {
                newline(level);
            }
            append("]");
        } else {
            throw new TemplateError("template/runtime", "Object of type " + Py.typeName(v) + " is not JSON serializable");
        }
    }

    private void unicode(char c) {
        String hex = Integer.toHexString(c);
        sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
    }

    private static String keyText(Object k) {
        if (k instanceof String s) {
            return s;
        }
        if (k == null) {
            return "null";
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (Py.isNumber(k)) {
            return Py.str(k);
        }
        throw new TemplateError("template/runtime", "keys must be str, int, float, bool or None, not " + Py.typeName(k));
    }

    private void string(String s) {
        in.reach((long) sb.length() + 2 + s.length());
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '<', '>', '&', '\'' -> unicode(c);
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        unicode(c);
                    } else {
                        sb.append(c);
                    }
                }
            }
            if ((i & 1023) == 1023) {
                in.reach(sb.length());
            }
        }
        append("\"");
    }
}
