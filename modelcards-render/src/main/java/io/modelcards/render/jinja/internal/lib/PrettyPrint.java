package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Budget;
import io.modelcards.render.jinja.internal.py.Deadline;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyObject;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.PyTuple;
import io.modelcards.render.jinja.internal.py.Repr;
import io.modelcards.render.jinja.internal.py.TemplateError;
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

    private final Budget in;
    private final StringBuilder out = new StringBuilder();

    private PrettyPrint(Budget in) {
        this.in = in;
    }

    /** {@code value | pprint}, built within {@code in}'s limits. */
    static String format(Budget in, Object value) {
        PrettyPrint p = new PrettyPrint(in);
        p.format(value, 0, 0, 0);
        return p.out.toString();
    }

    private void add(String s) {
        in.reach((long) out.length() + s.length());
        out.append(s);
    }

    /** repr with dict keys sorted, as pprint's safe repr writes it. */
    private String saferepr(Object o) {
        StringBuilder sb = new StringBuilder();
        saferepr(o, sb, 0);
        return sb.toString();
    }

    private void saferepr(Object o, StringBuilder sb, int level) {
        in.tick();
        if (level > 200) {
            throw new TemplateError("template/runtime", "the value nests too deeply for pprint");
        }
        if (o instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (var e : sorted(m)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                saferepr(e.getKey(), sb, level + 1);
                sb.append(": ");
                saferepr(e.getValue(), sb, level + 1);
            }
            sb.append('}');
        } else if (o instanceof PyObject || o instanceof String || !(o instanceof List<?>)) {
            String rep = Repr.repr(in, o);
            in.reach((long) sb.length() + rep.length());
            sb.append(rep);
        } else {
            List<?> l = (List<?>) o;
            boolean tuple = o instanceof PyTuple;
            sb.append(tuple ? "(" : "[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                saferepr(l.get(i), sb, level + 1);
            }
            sb.append(tuple ? (l.size() == 1 ? ",)" : ")") : "]");
        }
        in.reach(sb.length());
    }

    private List<Map.Entry<?, ?>> sorted(Map<?, ?> m) {
        List<Map.Entry<?, ?>> items = new ArrayList<>(m.entrySet());
        items.sort((a, b) -> {
            in.tick();
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
            add(rep);
        } else if (o instanceof Map<?, ?> m) {
            add("{");
            if (!m.isEmpty()) {
                dictItems(sorted(m), indent + 1, allowance + 1, level + 1);
            }
            add("}");
        } else if (o instanceof PyTuple t) {
            String end = t.size() == 1 ? ",)" : ")";
            add("(");
            items(t, indent + 1, allowance + end.length(), level + 1);
            add(end);
        } else if (o instanceof List<?> l) {
            add("[");
            items(l, indent + 1, allowance + 1, level + 1);
            add("]");
        } else if (o instanceof String s) {
            string(s, indent, allowance, level + 1);
        } else {
            add(rep);
        }
    }

    private void dictItems(List<Map.Entry<?, ?>> items, int indent, int allowance, int level) {
        String delim = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String rep = saferepr(items.get(i).getKey());
            add(rep + ": ");
            format(items.get(i).getValue(), indent + (int) Py.len(rep) + 2, last ? allowance : 1, level);
            if (!last) {
                add(delim);
            }
        }
    }

    private void items(List<?> items, int indent, int allowance, int level) {
        String delim = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            if (i > 0) {
                add(delim);
            }
            format(items.get(i), indent, last ? allowance : 1, level);
        }
    }

    private void string(String s, int indent, int allowance, int level) {
        if (s.isEmpty()) {
            add("''");
            return;
        }
        if (level == 1) {
            indent += 1;
            allowance += 1;
        }
        int maxWidth = WIDTH - indent;
        int maxWidth1 = maxWidth;
        List<String> chunks = new ArrayList<>();
        List<Object> lines = PyStr.splitlines(in, s, true);
        String rep = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = (String) lines.get(i);
            rep = Repr.repr(in, line);
            if (i == lines.size() - 1) {
                maxWidth1 -= allowance;
            }
            if (Py.len(rep) <= maxWidth1) {
                chunks.add(rep);
                continue;
            }
            List<String> parts = new ArrayList<>();
            Matcher m = PARTS.matcher(Deadline.text(in, line));
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
                if (Py.len(Repr.repr(in, candidate)) > maxWidth2) {
                    if (!current.isEmpty()) {
                        chunks.add(Repr.repr(in, current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(Repr.repr(in, current));
            }
        }
        if (chunks.size() == 1) {
            add(rep);
            return;
        }
        if (level == 1) {
            add("(");
        }
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) {
                add("\n" + " ".repeat(indent));
            }
            add(chunks.get(i));
        }
        if (level == 1) {
            add(")");
        }
    }
}
