package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Budget;
import io.modelcards.render.jinja.internal.py.FloatText;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.Repr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** HTML and URL text filters as markupsafe and Jinja2 write them: escape, unescape, urlencode, filesizeformat. */
final class Html {
    private Html() {
    }

    /** {@link #escape(String)}, refused before it is built when the escaped text would pass the limits. */
    static String escape(Budget in, String s) {
        long size = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            size += c == '&' || c == '"' || c == '\'' ? 4 : c == '<' || c == '>' ? 3 : 0;
        }
        in.reach(size);
        return escape(s);
    }

    /** markupsafe's escape: {@code & < > " '} become {@code &amp; &lt; &gt; &#34; &#39;}. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&#34;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * markupsafe 3's {@code striptags}: comments removed first, then tags (each search starting again from the text
     * as it now is), whitespace runs collapsed to one space, entities unescaped.
     */
    static String striptags(Budget in, String text) {
        StringBuilder comments = new StringBuilder(text);
        cutComments(in, comments);
        String c = comments.toString();
        // a tag mark is one character, so removing a tag never forms a new one: one pass finds them all
        StringBuilder value = new StringBuilder(c.length());
        int from = 0;
        while (true) {
            int start = c.indexOf('<', from);
            int end = start < 0 ? -1 : c.indexOf('>', start);
            if (end < 0) {
                value.append(c, from, c.length());
                break;
            }
            value.append(c, from, start);
            from = end + 1;
        }
        StringBuilder collapsed = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            while (i < value.length() && PyStr.isSpace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < value.length() && !PyStr.isSpace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (collapsed.length() > 0) {
                    collapsed.append(' ');
                }
                collapsed.append(value, start, i);
            }
        }
        return unescape(collapsed.toString());
    }

    /** Removes each {@code <!-- ... -->}, searching for the next from where the last one was removed. */
    private static void cutComments(Budget in, StringBuilder value) {
        int from = 0;
        while (true) {
            int start = value.indexOf("<!--", from);
            int end = start < 0 ? -1 : value.indexOf("-->", start);
            if (end < 0) {
                return;
            }
            in.tick();
            value.delete(start, end + 3);
            // the removal can join text into a new "<!--" that starts at most three characters back
            from = Math.max(0, start - 3);
        }
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String ent = s.substring(i + 1, semi);
                String rep = switch (ent) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> numeric(ent);
                };
                if (rep != null) {
                    sb.append(rep);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String numeric(String ent) {
        try {
            if (ent.startsWith("#x") || ent.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
            }
            if (ent.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ent.substring(1))));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    static String quote(Budget in, String s, String safe, boolean forQs) {
        in.reach(3L * s.length());
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0
                    || safe.indexOf(c) >= 0) {
                sb.append((char) c);
            } else if (forQs && c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    static Object urlencode(PyRuntime in, Object v) {
        Object value = in.use(v);
        if (value instanceof String s) {
            return quote(in, s, "/", false);
        }
        Iterable<?> items = value instanceof Map<?, ?> m ? m.entrySet() : in.each(value);
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            in.tick();
            Object k;
            Object val;
            if (item instanceof Map.Entry<?, ?> e) {
                k = e.getKey();
                val = e.getValue();
            } else {
                List<Object> pair = in.list(item);
                k = pair.get(0);
                val = pair.get(1);
            }
            String text = quote(in, in.text(k), "", true) + "=" + quote(in, in.text(val), "", true);
            in.reach((long) sb.length() + 1 + text.length());
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(text);
        }
        return sb.toString();
    }

    /** Jinja2's xmlattr: {@code key="value"} pairs, escaped, skipping None and undefined values. */
    static Object xmlattr(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object d = in.use(v);
        if (!(d instanceof Map<?, ?> m)) {
            throw new TemplateError("template/runtime", "xmlattr needs a mapping, not " + Py.typeName(d));
        }
        boolean autospace = Py.truthy(Filters.arg(a, kw, 0, "autospace", true));
        StringBuilder sb = new StringBuilder();
        for (var e : m.entrySet()) {
            in.tick();
            if (e.getValue() == null || e.getValue() instanceof Undefined) {
                continue;
            }
            String key = in.text(e.getKey());
            if (key.chars().anyMatch(c -> c == '/' || c == '>' || c == '=' || c == ' ' || (c >= '\t' && c <= '\r'))) {
                throw new TemplateError("template/runtime", "Invalid character in attribute name: " + Repr.brief(key));
            }
            String pair = escape(in, key) + "=\"" + escape(in, in.text(e.getValue())) + "\"";
            in.reach((long) sb.length() + 1 + pair.length());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(pair);
        }
        return autospace && sb.length() > 0 ? " " + sb : sb.toString();
    }

    static Object filesize(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object f = Filters.toFloat(in.use(v), null);
        if (f == null) {
            throw new TemplateError("template/runtime", "filesizeformat needs a number, not " + Py.typeName(v));
        }
        double bytes = (Double) f;
        boolean binary = Py.truthy(Filters.arg(a, kw, 0, "binary", false));
        int base = binary ? 1024 : 1000;
        String[] prefixes = binary ? new String[] {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"}
                : new String[] {"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
        if (bytes == 1) {
            return "1 Byte";
        }
        if (bytes < base) {
            return (long) bytes + " Bytes";
        }
        double unit = 0;
        String prefix = "";
        for (int i = 0; i < prefixes.length; i++) {
            unit = Math.pow(base, i + 2);
            prefix = prefixes[i];
            if (bytes < unit) {
                break;
            }
        }
        return FloatText.f(base * bytes / unit, 1) + " " + prefix;
    }
}
