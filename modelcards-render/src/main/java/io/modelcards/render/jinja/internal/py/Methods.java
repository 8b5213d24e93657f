package io.modelcards.render.jinja.internal.py;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The Python methods templates may call on str, list, tuple and dict values; nothing else is callable. */
public final class Methods {
    private Methods() {
    }

    /** A dict view ({@code d.items()} etc.): a list that prints as {@code dict_items([...])}. */
    static final class View extends AbstractList<Object> implements PyObject {
        private final String kind;
        private final List<Object> items;

        View(String kind, List<Object> items) {
            this.kind = kind;
            this.items = items;
        }

        @Override
        public Object get(int i) {
            return items.get(i);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public Object attr(String name) {
            return Undefined.attribute(this, name);
        }

        @Override
        public String pyType() {
            return kind;
        }

        @Override
        public String pyRepr() {
            return Repr.brief(this);
        }

        @Override
        public void repr(Repr out) {
            out.append(kind + "(").value(items).append(")");
        }
    }

    /** A mapping's (key, value) pairs as tuples, in order. */
    public static List<Object> items(Map<?, ?> m) {
        List<Object> out = new ArrayList<>(m.size());
        for (var e : m.entrySet()) {
            out.add(new PyTuple(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static Object arg(List<Object> a, int i, Object dflt) {
        return i < a.size() ? a.get(i) : dflt;
    }

    private static String s(PyRuntime in, Object o) {
        if (!(o instanceof String)) {
            throw new TemplateError("template/runtime", "expected a str argument, not " + Py.typeName(in.use(o)));
        }
        return (String) o;
    }

    /** Calls Python method {@code name} of a str, list, tuple or dict; lists and dicts the caller passed are read-only. */
    public static Object call(PyRuntime in, Object self, String name, List<Object> a, Map<String, Object> kw) {
        if (self instanceof String str) {
            return str(in, str, name, a, kw);
        }
        if (self instanceof Map<?, ?> m) {
            return dict(in, m, name, a);
        }
        return list(in, (List<?>) self, name, a);
    }

    private static Object str(PyRuntime in, String s, String name, List<Object> a, Map<String, Object> kw) {
        switch (name) {
            case "upper": return PyStr.upper(s);
            case "lower": case "casefold": return PyStr.lower(s);
            case "title": return PyStr.pyTitle(s);
            case "capitalize": return PyStr.capitalize(s);
            case "swapcase": return PyStr.swapcase(s);
            case "strip": return PyStr.strip(s, arg(a, 0, null), true, true);
            case "lstrip": return PyStr.strip(s, arg(a, 0, null), true, false);
            case "rstrip": return PyStr.strip(s, arg(a, 0, null), false, true);
            case "split": case "rsplit": {
                Object sep = a.isEmpty() ? kw.get("sep") : a.get(0);
                long max = Py.toLong(a.size() > 1 ? a.get(1) : kw.getOrDefault("maxsplit", -1L));
                return name.equals("split") ? PyStr.split(in, s, sep == null ? null : s(in, sep), max)
                        : PyStr.rsplit(in, s, sep == null ? null : s(in, sep), max);
            }
            case "splitlines": return PyStr.splitlines(in, s, Py.truthy(arg(a, 0, kw.getOrDefault("keepends", false))));
            case "replace": return PyStr.replace(in, s, s(in, a.get(0)), s(in, a.get(1)), Py.toLong(arg(a, 2, -1L)));
            case "startswith": case "endswith": {
                Object p = a.get(0);
                List<?> options = p instanceof PyTuple t ? t : List.of(p);
                for (Object o : options) {
                    if (name.equals("startswith") ? s.startsWith(s(in, o)) : s.endsWith(s(in, o))) {
                        return true;
                    }
                }
                return false;
            }
            case "join": {
                StringBuilder sb = new StringBuilder();
                boolean first = true;
                for (Object o : in.each(a.get(0))) {
                    String item = s(in, o);
                    in.reach((long) sb.length() + (first ? 0 : s.length()) + item.length());
                    if (!first) {
                        sb.append(s);
                    }
                    first = false;
                    sb.append(item);
                }
                return sb.toString();
            }
            case "count": return PyStr.countOf(s, s(in, a.get(0)));
            case "find": case "index": case "rfind": case "rindex": {
                String sub = s(in, a.get(0));
                int i = name.startsWith("r") ? s.lastIndexOf(sub) : s.indexOf(sub);
                if (i < 0 && name.endsWith("index")) {
                    throw new TemplateError("template/runtime", "substring not found");
                }
                return (long) (i < 0 ? -1 : s.codePointCount(0, i));
            }
            case "ljust": case "rjust": case "center": {
                String fill = a.size() > 1 ? s(in, a.get(1)) : " ";
                return PyStr.pad(in, s, Py.toLong(a.get(0)), fill, name.charAt(0));
            }
            case "zfill": {
                long width = Py.toLong(a.get(0));
                in.reach(Math.max(width, s.length()));
                boolean signed = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
                String body = signed ? s.substring(1) : s;
                return PercentFormat.padded(signed ? s.substring(0, 1) : "", body, (int) Math.max(0, width), false, true);
            }
            case "format": return StrFormat.format(in, s, a, kw);
            case "partition": case "rpartition": {
                String sep = s(in, a.get(0));
                int i = name.equals("partition") ? s.indexOf(sep) : s.lastIndexOf(sep);
                if (i < 0) {
                    return name.equals("partition") ? new PyTuple(s, "", "") : new PyTuple("", "", s);
                }
                return new PyTuple(s.substring(0, i), sep, s.substring(i + sep.length()));
            }
            case "removeprefix": {
                String p = s(in, a.get(0));
                return s.startsWith(p) ? s.substring(p.length()) : s;
            }
            case "removesuffix": {
                String p = s(in, a.get(0));
                return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
            }
            case "expandtabs": return PyStr.expandtabs(in, s, Py.toLong(arg(a, 0, kw.getOrDefault("tabsize", 8L))));
            case "isdigit": case "isdecimal": case "isnumeric":
                return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
            case "isalpha": return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
            case "isalnum": return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
            case "isspace": return !s.isEmpty() && s.chars().allMatch(c -> PyStr.isSpace((char) c));
            case "islower": return s.equals(PyStr.lower(s)) && s.codePoints().anyMatch(Character::isLowerCase);
            case "isupper": return s.equals(PyStr.upper(s)) && s.codePoints().anyMatch(Character::isUpperCase);
            case "istitle": return !s.isEmpty() && s.equals(PyStr.pyTitle(s)) && s.codePoints().anyMatch(Character::isLetter);
            default: throw new TemplateError("template/forbidden", "str has no method '" + name + "' here");
        }
    }

    private static Object dict(PyRuntime in, Map<?, ?> m, String name, List<Object> a) {
        switch (name) {
            case "items": return new View("dict_items", items(m));
            case "keys": return new View("dict_keys", new ArrayList<>(m.keySet()));
            case "values": return new View("dict_values", new ArrayList<>(m.values()));
            case "get": {
                Object k = a.get(0);
                Object v = m.get(k);
                return v != null || m.containsKey(k) ? v : arg(a, 1, null);
            }
            case "copy": return new Owned.PyDict(m);
            default: return mutate(in, m, name, a);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object mutate(PyRuntime in, Object self, String name, List<Object> a) {
        if (!(self instanceof Owned.PyList) && !(self instanceof Owned.PyDict)) {
            throw new TemplateError("template/runtime", "'" + name + "' would change data passed to the template, which"
                    + " is read-only; build a new value instead (e.g. xs + [x], or copy it with |list)");
        }
        try {
            if (self instanceof Map<?, ?> m0) {
                Map<Object, Object> m = (Map<Object, Object>) m0;
                switch (name) {
                    case "update":
                        if (!a.isEmpty() && a.get(0) instanceof Map<?, ?> o) {
                            in.reach(2 * Budget.ITEM * ((long) m.size() + o.size()));
                            for (var e : o.entrySet()) {
                                in.stored(e.getKey());
                                in.stored(e.getValue());
                                m.put(e.getKey(), e.getValue());
                            }
                        }
                        return null;
                    case "pop": return m.containsKey(a.get(0)) ? m.remove(a.get(0)) : arg(a, 1, null);
                    case "setdefault":
                        if (!m.containsKey(a.get(0))) {
                            in.stored(a.get(0));
                            in.stored(arg(a, 1, null));
                        }
                        return m.computeIfAbsent(a.get(0), k -> arg(a, 1, null));
                    case "clear": m.clear(); return null;
                    default: break;
                }
            } else {
                List<Object> l = (List<Object>) self;
                switch (name) {
                    case "append":
                        in.reach(Budget.ITEM * (l.size() + 1L));
                        in.stored(arg(a, 0, null));
                        l.add(arg(a, 0, null));
                        return null;
                    case "extend": {
                        List<Object> more = in.list(a.get(0));
                        in.grow(Budget.ITEM * more.size());
                        in.reach(Budget.ITEM * ((long) l.size() + more.size()));
                        l.addAll(more);
                        return null;
                    }
                    case "insert": {
                        in.reach(Budget.ITEM * (l.size() + 1L));
                        in.stored(a.get(1));
                        long i = Py.toLong(a.get(0));
                        long at = i < 0 ? Math.max(0, l.size() + i) : Math.min(l.size(), i);
                        l.add((int) at, a.get(1));
                        return null;
                    }
                    case "pop": return l.remove(a.isEmpty() ? l.size() - 1 : Math.floorMod(Py.toLong(a.get(0)), l.size()));
                    case "remove": l.remove(indexOf(l, a.get(0))); return null;
                    case "reverse": Collections.reverse(l); return null;
                    case "sort": l.sort(Py::compare); return null;
                    case "clear": l.clear(); return null;
                    default: break;
                }
            }
        } catch (UnsupportedOperationException e) {
            throw new TemplateError("template/runtime", "this value is read-only; build a new one instead of changing it");
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            throw new TemplateError("template/runtime", "pop from empty list or index out of range");
        }
        throw new TemplateError("template/forbidden", Py.typeName(self) + " has no method '" + name + "' here");
    }

    private static int indexOf(List<?> l, Object x) {
        for (int i = 0; i < l.size(); i++) {
            if (Py.eq(l.get(i), x)) {
                return i;
            }
        }
        throw new TemplateError("template/runtime", "list.index(x): x not in list");
    }

    private static Object list(PyRuntime in, List<?> l, String name, List<Object> a) {
        switch (name) {
            case "count": return l.stream().filter(x -> Py.eq(x, a.get(0))).count();
            case "index": return (long) indexOf(l, a.get(0));
            case "copy": return new Owned.PyList(l);
            default: return mutate(in, l, name, a);
        }
    }
}
