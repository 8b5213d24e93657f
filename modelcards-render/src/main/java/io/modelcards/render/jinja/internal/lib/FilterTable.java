package io.modelcards.render.jinja.internal.lib;

import io.modelcards.render.jinja.internal.py.Access;
import io.modelcards.render.jinja.internal.py.JsonText;
import io.modelcards.render.jinja.internal.py.PercentFormat;
import io.modelcards.render.jinja.internal.py.Py;
import io.modelcards.render.jinja.internal.py.PyRuntime;
import io.modelcards.render.jinja.internal.py.PyStr;
import io.modelcards.render.jinja.internal.py.PyTuple;
import io.modelcards.render.jinja.internal.py.Undefined;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every built-in filter of Jinja2 3.1, by name: one immutable table built once, one function and a one-line
 * description per entry. {@code docs/jinja-engine.md} lists the filters from it, and a test keeps the two equal.
 */
public final class FilterTable {
    /** A filter: {@code value | name(args, kwargs)}. */
    @FunctionalInterface
    public interface Fn {
        /** The filter's result for {@code value} and the call's arguments; errors are TemplateErrors. */
        Object apply(PyRuntime in, Object value, List<Object> args, Map<String, Object> kw);
    }

    /** One filter: its name, what it does in one line, and its function. */
    record Filter(String name, String description, Fn fn) {
    }

    private static final Map<String, Filter> ALL = Map.ofEntries(
            entry("abs", "the absolute value of a number", Filters::abs),
            entry("attr", "an attribute of an object (never an item), undefined when there is none",
                    (in, v, a, kw) -> Access.pyattr(in.use(v), in.text(a.get(0)))),
            entry("batch", "the items in lists of a given size, the last one optionally filled", SeqFilters::batch),
            entry("capitalize", "the text with its first character upper-case and the rest lower-case",
                    (in, v, a, kw) -> PyStr.capitalize(in.text(v))),
            entry("center", "the text centred in a given width (default 80)",
                    (in, v, a, kw) -> PyStr.pad(in, in.text(v), Py.toLong(Filters.arg(a, kw, 0, "width", 80L)), " ", 'c')),
            entry("count", "the number of items or characters (the same as length)", FilterTable::length),
            entry("d", "the value, or a default when it is undefined (the same as default)", Filters::defaultValue),
            entry("default", "the value, or a default when it is undefined (or false, with boolean=true)",
                    Filters::defaultValue),
            entry("dictsort", "a mapping's (key, value) pairs sorted by key or value", SeqFilters::dictsort),
            entry("e", "the text with & < > \" ' escaped for HTML (the same as escape)", FilterTable::escape),
            entry("escape", "the text with & < > \" ' escaped for HTML", FilterTable::escape),
            entry("filesizeformat", "a number of bytes as a human-readable size (kB, MB...; KiB... with binary=true)",
                    Html::filesize),
            entry("first", "the first item, or undefined when there is none", SeqFilters::first),
            entry("float", "the value as a float, or a default (0.0) when it is not a number", Filters::toFloat),
            entry("forceescape", "the text escaped for HTML, even if it was escaped before", FilterTable::escape),
            entry("format", "the text as a printf-style format, applied to the arguments",
                    (in, v, a, kw) -> PercentFormat.format(in, in.text(v), kw.isEmpty() ? PyTuple.of(a) : kw)),
            entry("groupby", "the items grouped by an attribute, as (grouper, list) pairs sorted by it",
                    SeqFilters::groupby),
            entry("indent", "every line but the first indented by a width or a string (first=true: the first too)",
                    Filters::indent),
            entry("int", "the value as an int (text in a given base), or a default (0)", Filters::toInt),
            entry("items", "a mapping's (key, value) pairs", SeqFilters::items),
            entry("join", "the items' text joined by a separator, optionally of one attribute each", SeqFilters::join),
            entry("last", "the last item, or undefined when there is none", SeqFilters::last),
            entry("length", "the number of items or characters", FilterTable::length),
            entry("list", "the items as a new list (a string's characters, a mapping's keys)",
                    (in, v, a, kw) -> in.list(v)),
            entry("lower", "the text in lower case", (in, v, a, kw) -> PyStr.lower(in.text(v))),
            entry("map", "each item through a filter, or each item's attribute", SeqFilters::map),
            entry("max", "the largest item, optionally by attribute or case-sensitive",
                    (in, v, a, kw) -> SeqFilters.minMax(in, v, a, kw, 1)),
            entry("min", "the smallest item, optionally by attribute or case-sensitive",
                    (in, v, a, kw) -> SeqFilters.minMax(in, v, a, kw, -1)),
            entry("pprint", "Python's pretty-printed repr of the value", (in, v, a, kw) -> PrettyPrint.format(in, in.use(v))),
            entry("random", "refused: a card must render the same on every run", Filters::random),
            entry("reject", "the items that fail a test (or are false)",
                    (in, v, a, kw) -> SeqFilters.select(in, v, a, kw, false, false)),
            entry("rejectattr", "the items whose attribute fails a test (or is false)",
                    (in, v, a, kw) -> SeqFilters.select(in, v, a, kw, true, false)),
            entry("replace", "the text with each (or the first count) occurrence of one string replaced by another",
                    Filters::replace),
            entry("reverse", "the text or the items in reverse order", SeqFilters::reverse),
            entry("round", "a number rounded to a precision, by common rounding, ceil or floor", Filters::round),
            entry("safe", "the value as it is (this engine does not autoescape)",
                    (in, v, a, kw) -> in.use(v) instanceof Undefined ? "" : v),
            entry("select", "the items that pass a test (or are true)",
                    (in, v, a, kw) -> SeqFilters.select(in, v, a, kw, false, true)),
            entry("selectattr", "the items whose attribute passes a test (or is true)",
                    (in, v, a, kw) -> SeqFilters.select(in, v, a, kw, true, true)),
            entry("slice", "the items in a given number of nearly equal lists, optionally filled", SeqFilters::slice),
            entry("sort", "the items sorted, optionally reversed, case-sensitive or by attribute", SeqFilters::sort),
            entry("string", "Python's str() of the value", (in, v, a, kw) -> in.text(v)),
            entry("striptags", "the text without HTML comments and tags, whitespace collapsed, entities decoded",
                    (in, v, a, kw) -> Html.striptags(in, in.text(v))),
            entry("sum", "the sum of the items (or of one attribute each) plus a start value", SeqFilters::sum),
            entry("title", "the text with each word capitalised", (in, v, a, kw) -> Filters.title(in, in.text(v))),
            entry("tojson", "the value as JSON with sorted keys, safe inside HTML, optionally indented",
                    (in, v, a, kw) -> JsonText.htmlSafe(in, in.use(v), Filters.arg(a, kw, 0, "indent", null))),
            entry("trim", "the text without leading and trailing whitespace (or the given characters)",
                    (in, v, a, kw) -> PyStr.strip(in.text(v), Filters.arg(a, kw, 0, "chars", null), true, true)),
            entry("truncate", "the text cut to a length (default 255, leeway 5) at a word, with an end mark",
                    Filters::truncate),
            entry("unique", "the items without duplicates, in first-seen order", SeqFilters::unique),
            entry("upper", "the text in upper case", (in, v, a, kw) -> PyStr.upper(in.text(v))),
            entry("urlencode", "the text, or a mapping's or pairs' items, encoded for a URL",
                    (in, v, a, kw) -> Html.urlencode(in, v)),
            entry("urlize", "the text escaped for HTML with web and e-mail addresses made links", Urlize::filter),
            entry("wordcount", "the number of words in the text", Filters::wordcount),
            entry("wordwrap", "the text wrapped at a width (default 79), long words broken, with a wrap string",
                    WordWrap::filter),
            entry("xmlattr", "a mapping as escaped XML/HTML attributes, skipping none and undefined values",
                    Html::xmlattr));

    private FilterTable() {
    }

    private static Map.Entry<String, Filter> entry(String name, String description, Fn fn) {
        return Map.entry(name, new Filter(name, description, fn));
    }

    private static Object length(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        return in.use(v) instanceof Undefined ? 0L : Py.len(v);
    }

    private static Object escape(PyRuntime in, Object v, List<Object> a, Map<String, Object> kw) {
        return Html.escape(in, in.text(v));
    }

    /** The filter called {@code name}, or null when Jinja2 has none. */
    public static Fn get(String name) {
        Filter f = ALL.get(name);
        return f == null ? null : f.fn();
    }

    /** Every filter, sorted by name. */
    static List<Filter> all() {
        return ALL.values().stream().sorted(Comparator.comparing(Filter::name)).toList();
    }
}
