package io.modelcards.render.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's {@code tojson}: Python's {@code json.dumps(sort_keys=True)} (ASCII-only, {@code ", "} and {@code ": "}
 * separators, float repr) with {@code < > & '} escaped as {@code \\u003c \\u003e \\u0026 \\u0027}.
 */
final class JsonText {
    private JsonText() {
    }

    static String htmlSafe(Object value, Object indent) {
        String ind = indent == null ? null : indent instanceof String s ? s : " ".repeat((int) Py.toLong(indent));
        StringBuilder sb = new StringBuilder();
        write(value, ind, 0, sb);
        return sb.toString();
    }

    private static void newline(String indent, int level, StringBuilder sb) {
        sb.append('\n');
        for (int i = 0; i < level; i++) {
            sb.append(indent);
        }
    }

    private static void write(Object v, String indent, int level, StringBuilder sb) {
        if (level > 200) {
            throw new TemplateError("template/runtime", "the value nests too deeply for tojson");
        }
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (Py.isInt(v)) {
            sb.append(v);
        } else if (Py.isFloat(v)) {
            double d = Py.toDouble(v);
            sb.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : FloatText.repr(d));
        } else if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            List<Object> keys = new ArrayList<>(m.keySet());
            keys.sort(Py::compare);
            sb.append('{');
            boolean first = true;
            for (Object k : keys) {
                if (!first) {
                    sb.append(indent == null ? ", " : ",");
                }
                first = false;
                if (indent != null) {
                    newline(indent, level + 1, sb);
                }
                string(keyText(k), sb);
                sb.append(": ");
                write(m.get(k), indent, level + 1, sb);
            }
            if (indent != null) {
                newline(indent, level, sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l && !(v instanceof PyObject)) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(indent == null ? ", " : ",");
                }
                if (indent != null) {
                    newline(indent, level + 1, sb);
                }
                write(l.get(i), indent, level + 1, sb);
            }
            if (indent != null) {
                newline(indent, level, sb);
            }
            sb.append(']');
        } else {
            throw new TemplateError("template/runtime", "Object of type " + Py.typeName(v) + " is not JSON serializable");
        }
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

    private static void string(String s, StringBuilder sb) {
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
                case '<', '>', '&', '\'' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
