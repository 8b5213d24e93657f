package io.modelcards.render.jinja;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** HTML and URL text filters as markupsafe and Jinja2 write them: escape, unescape, urlencode, filesizeformat. */
final class Html {
    private Html() {
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

    static String quote(String s, String safe, boolean forQs) {
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

    static Object urlencode(Interp in, Object v) {
        Object value = in.use(v);
        if (value instanceof String s) {
            return quote(s, "/", false);
        }
        Iterable<?> items = value instanceof Map<?, ?> m ? m.entrySet() : Py.iter(value);
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            Object k;
            Object val;
            if (item instanceof Map.Entry<?, ?> e) {
                k = e.getKey();
                val = e.getValue();
            } else {
                List<Object> pair = Py.list(item);
                k = pair.get(0);
                val = pair.get(1);
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(quote(Py.str(k), "", true)).append('=').append(quote(Py.str(val), "", true));
        }
        return sb.toString();
    }

    /** Jinja2's xmlattr: {@code key="value"} pairs, escaped, skipping None and undefined values. */
    static Object xmlattr(Interp in, Object v, List<Object> a, Map<String, Object> kw) {
        Object d = in.use(v);
        if (!(d instanceof Map<?, ?> m)) {
            throw new TemplateError("template/runtime", "xmlattr needs a mapping, not " + Py.typeName(d));
        }
        boolean autospace = Py.truthy(Filters.arg(a, kw, 0, "autospace", true));
        StringBuilder sb = new StringBuilder();
        for (var e : m.entrySet()) {
            if (e.getValue() == null || e.getValue() instanceof Undefined) {
                continue;
            }
            String key = Py.str(e.getKey());
            if (key.chars().anyMatch(c -> c == '/' || c == '>' || c == '=' || c == ' ' || (c >= '\t' && c <= '\r'))) {
                throw new TemplateError("template/runtime", "Invalid character in attribute name: " + Py.repr(key));
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(escape(key)).append("=\"").append(escape(Py.str(e.getValue()))).append('"');
        }
        return autospace && sb.length() > 0 ? " " + sb : sb.toString();
    }

    static Object filesize(Interp in, Object v, List<Object> a, Map<String, Object> kw) {
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
