package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Access;
import io.modelcards.render.jinja.internal.py.Budget;
import io.modelcards.render.jinja.internal.py.Methods;
import io.modelcards.render.jinja.internal.py.Ops;
import io.modelcards.render.jinja.internal.py.Owned;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyObject;
import io.modelcards.render.jinja.internal.py.PyRange;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.PyTuple;
import io.modelcards.render.jinja.internal.py.Repr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Jinja2's filters over sequences and mappings. Where Jinja2 returns a generator (map, select, unique, batch...)
 * these return a list, which iterates, joins and counts the same.
 */
final class SeqFilters {
    private SeqFilters() {
    }

    private static Object arg(List<Object> a, Map<String, Object> kw, int i, String name, Object dflt) {
        return Filters.arg(a, kw, i, name, dflt);
    }

    /** The first item, or undefined for an empty sequence (only the first item is read). */
    static Object first(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        for (Object o : in.each(v)) {
            return o;
        }
        return new Undefined("No first item, sequence was empty.");
    }

    /** The last item, or undefined for an empty sequence; a range's last item is computed. */
    static Object last(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        if (in.use(v) instanceof PyRange r) {
            return r.length() == 0 ? new Undefined("No last item, sequence was empty.") : (Object) r.item(r.length() - 1);
        }
        List<Object> l = in.list(v);
        return l.isEmpty() ? new Undefined("No last item, sequence was empty.") : l.get(l.size() - 1);
    }

    /** A mapping's (key, value) pairs as a list; nothing for undefined. */
    static Object items(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object m = in.use(v);
        if (m instanceof Undefined) {
            return new Owned.PyList();
        }
        if (!(m instanceof Map<?, ?> map)) {
            throw new TemplateError("template/runtime", "Can only get item pairs from a mapping, not " + Py.typeName(m));
        }
        return Methods.items(map);
    }

    /** The items' text joined with a separator, optionally of one attribute each. */
    static Object join(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        String sep = in.text(arg(a, kw, 0, "d", ""));
        Object attr = arg(a, kw, 1, "attribute", null);
        Function<Object, Object> get = getter(attr, null, false);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object o : in.each(v)) {
            String item = in.text(get.apply(o));
            in.reach((long) sb.length() + (first ? 0 : sep.length()) + item.length());
            if (!first) {
                sb.append(sep);
            }
            first = false;
            sb.append(item);
        }
        return sb.toString();
    }

    /** A reversed copy of a string or a sequence. */
    static Object reverse(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object o = in.use(v);
        if (o instanceof String s) {
            return new StringBuilder(s).reverse().toString();
        }
        List<Object> l = in.list(o);
        Collections.reverse(l);
        return l;
    }

    /** The sum of the items (or of one attribute each) plus a start value. */
    static Object sum(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Function<Object, Object> get = getter(arg(a, kw, 0, "attribute", null), null, false);
        Object total = arg(a, kw, 1, "start", 0L);
        for (Object o : in.each(v)) {
            total = Ops.binary(in, "+", total, get.apply(o));
        }
        return total;
    }

    /** A sorted copy, optionally reversed, case-sensitive or by attribute. */
    static Object sort(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        boolean reverse = Py.truthy(arg(a, kw, 0, "reverse", false));
        boolean cs = Py.truthy(arg(a, kw, 1, "case_sensitive", false));
        List<Object> l = in.list(v);
        Function<Object, Object> key = getter(arg(a, kw, 2, "attribute", null), null, !cs);
        Comparator<Object> cmp = (x, y) -> {
            in.tick();
            return Py.compare(key.apply(x), key.apply(y));
        };
        l.sort(reverse ? cmp.reversed() : cmp);
        return l;
    }

    /** The items without duplicates (Python's hash equality), in first-seen order. */
    static Object unique(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        boolean cs = Py.truthy(arg(a, kw, 0, "case_sensitive", false));
        Function<Object, Object> key = getter(arg(a, kw, 1, "attribute", null), null, !cs);
        List<Object> out = new Owned.PyList();
        Set<Object> seen = new HashSet<>();
        for (Object o : in.each(v)) {
            Object k = key.apply(o);
            if (k instanceof List && !(k instanceof PyTuple) || k instanceof Map) {
                throw new TemplateError("template/runtime", "unhashable type: '" + Py.typeName(k) + "'");
            }
            if (seen.add(Py.hashKey(k))) {
                // the set of keys seen costs about twice what the list of kept items does
                in.reach(3 * Budget.ITEM * (out.size() + 1L));
                out.add(o);
            }
        }
        return out;
    }

    /** A mapping's pairs sorted by key or by value. */
    static Object dictsort(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        boolean cs = Py.truthy(arg(a, kw, 0, "case_sensitive", false));
        String by = Py.str(arg(a, kw, 1, "by", "key"));
        boolean reverse = Py.truthy(arg(a, kw, 2, "reverse", false));
        int pos = switch (by) {
            case "key" -> 0;
            case "value" -> 1;
            default -> throw new TemplateError("template/runtime", "You can only sort by either \"key\" or \"value\"");
        };
        Object m = in.use(v);
        if (!(m instanceof Map<?, ?> map)) {
            throw new TemplateError("template/runtime", "dictsort needs a mapping, not " + Py.typeName(m));
        }
        List<Object> items = Methods.items(map);
        Comparator<Object> cmp = (x, y) -> {
            in.tick();
            return Py.compare(fold(((List<?>) x).get(pos), !cs), fold(((List<?>) y).get(pos), !cs));
        };
        items.sort(reverse ? cmp.reversed() : cmp);
        return items;
    }

    /** The items in lists of a given size, the last one optionally filled. */
    static Object batch(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        long size = Py.toLong(a.isEmpty() ? kw.get("linecount") : a.get(0));
        if (size <= 0) {
            throw new TemplateError("template/runtime", "batch size must be positive");
        }
        Object fill = arg(a, kw, 1, "fill_with", null);
        boolean doFill = a.size() > 1 || kw.containsKey("fill_with");
        List<Object> out = new Owned.PyList();
        List<Object> cur = new Owned.PyList();
        long items = 0;
        for (Object o : in.each(v)) {
            if (cur.size() == size) {
                out.add(cur);
                cur = new Owned.PyList();
            }
            cur.add(o);
            in.reach(Budget.ITEM * (++items + out.size()));
        }
        if (!cur.isEmpty()) {
            in.reach(Budget.ITEM * (items + out.size() + size - cur.size()));
            while (doFill && cur.size() < size) {
                cur.add(fill);
            }
            out.add(cur);
        }
        return out;
    }

    /** The items in a given number of nearly equal lists, optionally filled. */
    static Object slice(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        List<Object> seq = in.list(v);
        long count = Py.toLong(a.isEmpty() ? kw.get("slices") : a.get(0));
        if (count <= 0) {
            throw new TemplateError("template/runtime", "slice needs a positive number of slices, not " + count);
        }
        in.reach(Budget.ITEM * (seq.size() + 2 * count));
        int slices = (int) count;
        boolean doFill = a.size() > 1 || kw.containsKey("fill_with");
        Object fill = arg(a, kw, 1, "fill_with", null);
        int per = seq.size() / slices;
        int extra = seq.size() % slices;
        int offset = 0;
        List<Object> out = new Owned.PyList();
        for (int i = 0; i < slices; i++) {
            int start = offset + i * per;
            if (i < extra) {
                offset++;
            }
            int end = offset + (i + 1) * per;
            List<Object> part = new Owned.PyList(seq.subList(start, end));
            if (doFill && i >= extra) {
                part.add(fill);
            }
            out.add(part);
        }
        return out;
    }

    static Object fold(Object v, boolean ignoreCase) {
        return ignoreCase && v instanceof String s ? PyStr.lower(s) : v;
    }

    /** Jinja2's make_attrgetter: a dotted path of attributes or integer indexes, item lookup first. */
    static Function<Object, Object> getter(Object attribute, Object dflt, boolean ignoreCase) {
        if (attribute == null) {
            return o -> fold(o, ignoreCase);
        }
        String[] parts = attribute instanceof String s ? s.split("\\.") : new String[] {Py.str(attribute)};
        Object[] keys = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            keys[i] = !parts[i].isEmpty() && parts[i].chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(parts[i]) : parts[i];
        }
        return o -> {
            Object cur = o;
            for (Object k : keys) {
                cur = Access.getitem(cur, k);
            }
            if (cur instanceof Undefined && dflt != null) {
                cur = dflt;
            }
            return fold(cur, ignoreCase);
        };
    }

    static Object minMax(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw, int sign) {
        boolean cs = Py.truthy(arg(a, kw, 0, "case_sensitive", false));
        Function<Object, Object> key = getter(arg(a, kw, 1, "attribute", null), null, !cs);
        Object best = null;
        Object bestKey = null;
        boolean any = false;
        for (Object o : in.each(v)) {
            Object k = key.apply(o);
            if (!any || Integer.signum(Py.compare(k, bestKey)) == sign) {
                best = o;
                bestKey = k;
                any = true;
            }
        }
        return any ? best : new Undefined("No aggregated item, sequence was empty.");
    }

    /** Jinja2's {@code (grouper, list)} pair, readable by position or by name. */
    static final class Group extends PyTuple implements PyObject {
        Group(Object grouper, List<Object> list) {
            super(grouper, list);
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "grouper" -> get(0);
                case "list" -> get(1);
                default -> Undefined.attribute(this, name);
            };
        }

        @Override
        public String pyType() {
            return "_GroupTuple";
        }

        @Override
        public String pyRepr() {
            return Repr.brief(this);
        }

        @Override
        public void repr(Repr out) {
            out.items("(", this, ")");
        }
    }

    static Object groupby(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object attribute = arg(a, kw, 0, "attribute", null);
        Object dflt = arg(a, kw, 1, "default", null);
        boolean cs = Py.truthy(arg(a, kw, 2, "case_sensitive", false));
        Function<Object, Object> key = getter(attribute, dflt, !cs);
        Function<Object, Object> shown = getter(attribute, dflt, false);
        List<Object> items = in.list(v);
        items.sort((x, y) -> {
            in.tick();
            return Py.compare(key.apply(x), key.apply(y));
        });
        List<Object> out = new Owned.PyList();
        Object curKey = null;
        List<Object> cur = null;
        for (Object o : items) {
            Object k = key.apply(o);
            if (cur == null || !Py.eq(k, curKey)) {
                if (cur != null) {
                    out.add(new Group(shown.apply(cur.get(0)), cur));
                }
                cur = new Owned.PyList();
                curKey = k;
            }
            cur.add(o);
        }
        if (cur != null) {
            out.add(new Group(shown.apply(cur.get(0)), cur));
        }
        return out;
    }

    static Object map(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        List<Object> out = new Owned.PyList();
        Function<Object, Object> fn;
        if (a.isEmpty() && kw.containsKey("attribute")) {
            fn = getter(kw.get("attribute"), kw.get("default"), false);
        } else {
            String name = Py.str(a.get(0));
            FilterTable.Fn f = FilterTable.get(name);
            if (f == null) {
                throw new TemplateError("template/runtime", "No filter named '" + name + "'");
            }
            List<Object> rest = a.subList(1, a.size());
            fn = o -> in.charged(f.apply(in, o, rest, kw), o);
        }
        for (Object o : in.each(v)) {
            in.reach(Budget.ITEM * (out.size() + 1L));
            out.add(fn.apply(o));
        }
        return out;
    }

    static Object select(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw, boolean byAttr, boolean keep) {
        int off = byAttr ? 1 : 0;
        Function<Object, Object> get = byAttr ? getter(a.get(0), null, false) : o -> o;
        TestTable.Fn test;
        List<Object> rest;
        if (a.size() > off) {
            String name = Py.str(a.get(off));
            test = TestTable.get(name);
            if (test == null) {
                throw new TemplateError("template/runtime", "No test named '" + name + "'");
            }
            rest = a.subList(off + 1, a.size());
        } else {
            test = (i, x, args, k) -> i.truthy(x);
            rest = List.of();
        }
        List<Object> out = new Owned.PyList();
        for (Object o : in.each(v)) {
            if (test.test(in, get.apply(o), rest, kw) == keep) {
                in.reach(Budget.ITEM * (out.size() + 1L));
                out.add(o);
            }
        }
        return out;
    }
}
