package io.modelcards.render.card;

import io.modelcards.hf.PythonFloat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns card values into the text templates print. Every number a built-in template shows is formatted here,
 * in Java, so that the Java and Python Jinja2 engines print the same characters: templates only print strings.
 */
final class DisplayText {
    /** What capture writes in place of a value or part of a text that looked like a secret. */
    static final String REDACTED = "<redacted>";

    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private DisplayText() {}

    /** The value as display text: strings as they are, numbers as Python's {@code repr} writes them, lists joined. */
    static String of(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return python(d);
        }
        if (v instanceof Float f) {
            return python(f.doubleValue());
        }
        if (v instanceof List<?> l) {
            return l.stream().map(DisplayText::of).collect(Collectors.joining(", "));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + "=" + of(e.getValue())).collect(Collectors.joining(", "));
        }
        return v.toString();
    }

    /**
     * A double as Python's {@code repr} writes it: shortest digits, {@code 1e-05} and {@code 1e+16} style exponents
     * outside [1e-4, 1e16), {@code 3.0} for integral values.
     */
    static String python(double d) {
        return PythonFloat.repr(d);
    }

    /** A metric value with four decimals, the precision model cards conventionally show; two from 100 up. */
    static String metric(Object v) {
        if (v instanceof Number n && !(v instanceof Long) && !(v instanceof Integer)) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return python(d);
            }
            return new BigDecimal(d).setScale(Math.abs(d) >= 100 ? 2 : 4, RoundingMode.HALF_EVEN).toPlainString();
        }
        return of(v);
    }

    /** Bytes as a binary-prefixed size, e.g. {@code 1.5 GiB}. */
    static String bytes(Long n) {
        if (n == null) {
            return "";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = n;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? n + " B" : new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " " + units[u];
    }

    /** Text safe inside one Markdown table cell: pipes escaped, line breaks turned into {@code <br>}. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }

    /**
     * Machine-captured text shown as plain text inside one Markdown table cell or bullet: like {@link #cell}, with
     * {@code <} backslash-escaped and {@code &} escaped where it would start an entity, so that a value such as
     * {@code <redacted>} shows as it is in Markdown viewers and in the HTML page instead of being read as a tag and
     * vanishing. ({@code >} needs no escape inside a line.) Not for text inside a code span, where a backslash would show.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String escaped = ENTITY.matcher(s.replace("\\", "\\\\")).replaceAll("\\\\&").replace("<", "\\<");
        return escaped.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }

    /**
     * Text with only the redaction marker ({@code <redacted>}) made visible as {@code \<redacted>}; for a one-line
     * captured value shown outside a table, such as the model's name in the title, whose other characters stay Markdown.
     */
    static String marked(String s) {
        return s == null ? "" : s.replace(REDACTED, "\\<redacted>");
    }

    /** A template row: alternating keys and values, in order. */
    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Null-safe trimmed text: null becomes "". */
    static String str(String s) {
        return s == null ? "" : s.strip();
    }
}
