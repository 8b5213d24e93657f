package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.Repr;
import io.modelcards.render.jinja.internal.py.TemplateError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Jinja2's {@code urlize} filter: the text is HTML-escaped, cut at whitespace, and each word that is a web address
 * ({@code http://}, {@code https://}, {@code www.}, a bare domain with a common top-level domain), a {@code mailto:}
 * or plain e-mail address, or starts with one of the extra schemes becomes a link. Leading {@code (} and {@code <}
 * and trailing {@code ) > . ,} stay outside the link unless they balance brackets inside it. Every default of a
 * {@code jinja2.Environment} applies, so links carry {@code rel="noopener"}.
 */
final class Urlize {
    /** Jinja2's {@code _uri_scheme_re}: a scheme prefix such as {@code ftp:} or {@code tel://}. */
    private static final Pattern SCHEME = Pattern.compile("[\\p{L}\\p{N}_.+-]{2,}:/{0,2}");
    /** The IPv6 host form of Jinja2's {@code _http_re} after the scheme, then an optional port and path. */
    private static final Pattern IPV6 = Pattern.compile(
            "\\[(?:[\\p{Nd}a-f]{0,4}:){2}(?:[\\p{Nd}a-f]{0,4}:?){1,6}](?::\\p{Nd}{1,5})?(?:[/?#].*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final String[][] BRACKETS = {{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}};

    private final String relAttr;
    private final String targetAttr;
    private final Object trimLimit;
    private final List<String> schemes;

    private Urlize(String relAttr, String targetAttr, Object trimLimit, List<String> schemes) {
        this.relAttr = relAttr;
        this.targetAttr = targetAttr;
        this.trimLimit = trimLimit;
        this.schemes = schemes;
    }

    /** {@code value | urlize(trim_url_limit=None, nofollow=False, target=None, rel=None, extra_schemes=None)}. */
    static Object filter(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        Object trim = Filters.arg(a, kw, 0, "trim_url_limit", null);
        boolean nofollow = Py.truthy(Filters.arg(a, kw, 1, "nofollow", false));
        Object target = Filters.arg(a, kw, 2, "target", null);
        Object rel = Filters.arg(a, kw, 3, "rel", null);
        Object extra = Filters.arg(a, kw, 4, "extra_schemes", null);
        TreeSet<String> relParts = new TreeSet<>(Py::compareCodePoints);
        if (Py.truthy(rel)) {
            if (!(rel instanceof String r)) {
                throw new TemplateError("template/runtime", "urlize's rel must be a string, not " + Py.typeName(rel));
            }
            for (Object part : PyStr.split(in, r, null, -1)) {
                relParts.add((String) part);
            }
        }
        if (nofollow) {
            relParts.add("nofollow");
        }
        relParts.add("noopener");
        List<String> schemes = new ArrayList<>();
        if (extra != null) {
            for (Object s : Py.iter(in.iterable(extra))) {
                if (!(s instanceof String str) || !SCHEME.matcher(str).matches()) {
                    throw new TemplateError("template/runtime", Repr.brief(s) + " is not a valid URI scheme prefix;"
                            + " write schemes such as 'ftp:' or 'tel://'");
                }
                schemes.add(str);
            }
        }
        String relAttr = " rel=\"" + Html.escape(String.join(" ", relParts)) + "\"";
        String targetAttr = Py.truthy(target) ? " target=\"" + Html.escape(Py.str(target)) + "\"" : "";
        return new Urlize(relAttr, targetAttr, trim, schemes).apply(in, Html.escape(in, in.text(v)));
    }

    private String apply(PyRuntime in, String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = i;
            boolean space = PyStr.isSpace(text.charAt(i));
            while (j < n && PyStr.isSpace(text.charAt(j)) == space) {
                j++;
            }
            String piece = space ? text.substring(i, j) : word(text.substring(i, j));
            in.reach((long) out.length() + piece.length());
            out.append(piece);
            in.tick();
            i = j;
        }
        return out.toString();
    }

    private String word(String word) {
        int h = 0;
        while (h < word.length()) {
            if (word.charAt(h) == '(' || word.charAt(h) == '<') {
                h++;
            } else if (word.startsWith("&lt;", h)) {
                h += 4;
            } else {
                break;
            }
        }
        String head = word.substring(0, h);
        String middle = word.substring(h);
        int t = middle.length();
        while (t > 0) {
            if (t >= 4 && middle.startsWith("&gt;", t - 4)) {
                t -= 4;
            } else if (")>.,\n".indexOf(middle.charAt(t - 1)) >= 0) {
                t--;
            } else {
                break;
            }
        }
        String tail = middle.substring(t);
        middle = middle.substring(0, t);
        for (String[] pair : BRACKETS) {
            long opened = count(middle, pair[0]);
            if (opened <= count(middle, pair[1])) {
                continue;
            }
            for (long k = Math.min(opened, count(tail, pair[1])); k > 0; k--) {
                int end = tail.indexOf(pair[1]) + pair[1].length();
                middle += tail.substring(0, end);
                tail = tail.substring(end);
            }
        }
        return head + link(middle) + tail;
    }

    private String link(String middle) {
        if (UrlShapes.isWebAddress(middle)) {
            String href = middle.startsWith("https://") || middle.startsWith("http://") ? middle : "https://" + middle;
            return "<a href=\"" + href + "\"" + relAttr + targetAttr + ">" + trim(middle) + "</a>";
        }
        if (middle.startsWith("mailto:") && UrlShapes.isEmail(middle.substring(7))) {
            return "<a href=\"" + middle + "\">" + middle.substring(7) + "</a>";
        }
        if (middle.indexOf('@') >= 0 && !middle.startsWith("www.") && !middle.startsWith("@") && middle.indexOf(':') < 0
                && UrlShapes.isEmail(middle)) {
            return "<a href=\"mailto:" + middle + "\">" + middle + "</a>";
        }
        String result = middle;
        for (String scheme : schemes) {
            if (!result.equals(scheme) && result.startsWith(scheme)) {
                result = "<a href=\"" + result + "\"" + relAttr + targetAttr + ">" + result + "</a>";
            }
        }
        return result;
    }

    /** Jinja2's {@code trim_url}: longer than the limit (in characters) shows the limit's head and {@code ...}. */
    private String trim(String url) {
        if (trimLimit == null) {
            return url;
        }
        long n = Py.len(url);
        if (Py.isFloat(trimLimit) && n <= Py.toDouble(trimLimit)) {
            return url;
        }
        if (!Py.isIntLike(trimLimit)) {
            throw new TemplateError("template/runtime", "urlize's trim_url_limit must be an integer, not "
                    + Py.typeName(trimLimit));
        }
        long limit = Py.toLong(trimLimit);
        if (n <= limit) {
            return url;
        }
        long keep = limit >= 0 ? limit : Math.max(0, n + limit);
        return url.substring(0, url.offsetByCodePoints(0, (int) keep)) + "...";
    }

    private static long count(String s, String sub) {
        long c = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            c++;
        }
        return c;
    }

    /** The IPv6 form, matched by a bounded regular expression (its repetitions are at most six deep). */
    static boolean ipv6(String s, int from) {
        return IPV6.matcher(s).region(from, s.length()).matches();
    }
}
