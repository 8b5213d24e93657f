package io.modelcards.render.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja2's {@code pprint} filter: Python's {@code pprint.pformat} with its defaults (width 80, indent 1, dicts
 * sorted by key): a value whose repr fits stays on one line, otherwise dicts, lists and tuples put one item per
 * line and long strings are split into adjacent literals.
 */
final class PrettyPrint {
    private static final int WIDTH = 80;
    private static final Pattern PARTS = Pattern.compile("\\S*\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    private final StringBuilder out = new StringBuilder();

    private PrettyPrint() {
    }

    static String format(Object value) {
        PrettyPrint p = new PrettyPrint();
        p.format(value, 0, 0, 0);
        return p.out.toString();
    }

    /** repr with dict keys sorted, as pprint's safe repr writes it. */
    static String saferepr(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (var e : sorted(m)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(saferepr(e.getKey())).append(": ").append(saferepr(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof PyObject || o instanceof String || !(o instanceof List<?>)) {
            return Py.repr(o);
        }
        List<?> l = (List<?>) o;
        boolean tuple = o instanceof PyTuple;
        StringBuilder sb = new StringBuilder(tuple ? "(" : "[");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(saferepr(l.get(i)));
        }
        return sb.append(tuple ? (l.size() == 1 ? ",)" : ")") : "]").toString();
    }

    private static List<Map.Entry<?, ?>> sorted(Map<?, ?> m) {
        List<Map.Entry<?, ?>> items = new ArrayList<>(m.entrySet());
        items.sort((a, b) -> {
            try {
                return Py.compare(a.getKey(), b.getKey());
            } catch (TemplateError e) {
                // pprint falls back to ordering by type name for keys that cannot be compared
                return Py.typeName(a.getKey()).compareTo(Py.typeName(b.getKey()));
            }
        });
        return items;
    }

    private void format(Object o, int indent, int allowance, int level) {
        if (level > 200) {
            throw new TemplateError("template/runtime", "the value nests too deeply for pprint");
        }
        String rep = saferepr(o);
        if (Py.len(rep) <= WIDTH - indent - allowance || o instanceof PyObject) {
            out.append(rep);
        } else if (o instanceof Map<?, ?> m) {
            out.append('{');
            if (!m.isEmpty()) {
                dictItems(sorted(m), indent + 1, allowance + 1, level + 1);
            }
            out.append('}');
        } else if (o instanceof PyTuple t) {
            String end = t.size() == 1 ? ",)" : ")";
            out.append('(');
            items(t, indent + 1, allowance + end.length(), level + 1);
            out.append(end);
        } else if (o instanceof List<?> l) {
            out.append('[');
            items(l, indent + 1, allowance + 1, level + 1);
            out.append(']');
        } else if (o instanceof String s) {
            string(s, indent, allowance, level + 1);
        } else {
            out.append(rep);
        }
    }

    private void dictItems(List<Map.Entry<?, ?>> items, int indent, int allowance, int level) {
        String delim = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String rep = saferepr(items.get(i).getKey());
            out.append(rep).append(": ");
            format(items.get(i).getValue(), indent + Py.len(rep) + 2, last ? allowance : 1, level);
            if (!last) {
                out.append(delim);
            }
        }
    }

    private void items(List<?> items, int indent, int allowance, int level) {
        String delim = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            if (i > 0) {
                out.append(delim);
            }
            format(items.get(i), indent, last ? allowance : 1, level);
        }
    }

    private void string(String s, int indent, int allowance, int level) {
        if (s.isEmpty()) {
            out.append(Py.repr(s));
            return;
        }
        if (level == 1) {
            indent += 1;
            allowance += 1;
        }
        int maxWidth = WIDTH - indent;
        int maxWidth1 = maxWidth;
        List<String> chunks = new ArrayList<>();
        List<String> lines = Text.splitlines(s, true);
        String rep = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rep = Py.repr(line);
            if (i == lines.size() - 1) {
                maxWidth1 -= allowance;
            }
            if (Py.len(rep) <= maxWidth1) {
                chunks.add(rep);
                continue;
            }
            List<String> parts = new ArrayList<>();
            Matcher m = PARTS.matcher(line);
            while (m.find()) {
                parts.add(m.group());
                if (m.end() == line.length()) {
                    break;
                }
            }
            parts.removeIf(String::isEmpty);
            int maxWidth2 = maxWidth;
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                String candidate = current + parts.get(j);
                if (j == parts.size() - 1 && i == lines.size() - 1) {
                    maxWidth2 -= allowance;
                }
                if (Py.len(Py.repr(candidate)) > maxWidth2) {
                    if (!current.isEmpty()) {
                        chunks.add(Py.repr(current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(Py.repr(current));
            }
        }
        if (chunks.size() == 1) {
            out.append(rep);
            return;
        }
        if (level == 1) {
            out.append('(');
        }
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) {
                out.append('\n').append(" ".repeat(indent));
            }
            out.append(chunks.get(i));
        }
        if (level == 1) {
            out.append(')');
        }
    }
}
