package io.modelcards.render.card;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display text for numbers people read: counts with thousands separators, statistics without float noise, shares as
 * percentages, measured quantities and training-log epochs in one notation each, and card text made inert inside
 * Markdown (table cells and code spans).
 */
final class Numbers {
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|~&#!";
    private static final Pattern MARKER = Pattern.compile("\\[(?:EMAIL|PHONE|IBAN|CARD-NUMBER|SECRET)]|<redacted>");

    private Numbers() {}

    /** {@code 1234567} as "1,234,567". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A statistic: integral values as grouped integers, others with four decimals below 100 and two from 100 up,
     * trailing zeros dropped; "" for null.
     */
    static String stat(Double d) {
        if (d == null) {
            return "";
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return DisplayText.python(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return count(d.longValue());
        }
        BigDecimal v = new BigDecimal(d).setScale(Math.abs(d) >= 100 ? 2 : 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String grouped = whole.replace("-", "").length() > 3 ? String.format(Locale.ROOT, "%,d", Long.parseLong(whole)) : whole;
        if (whole.equals("-0")) {
            grouped = "-0";
        }
        return dot < 0 ? grouped : grouped + plain.substring(dot);
    }

    /**
     * A measured quantity (grams of CO₂-equivalent, kWh, hours) in plain decimal notation, the one notation every
     * page uses for them: the shortest digits that read back as the value, never an exponent ({@code 0.0005062}, not
     * {@code 5.062e-04}), no trailing zeros; "nan" and "inf" as Python writes them.
     */
    static String quantity(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return DisplayText.python(d);
        }
        BigDecimal v = new BigDecimal(DisplayText.python(d)).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    /** Grams of CO₂-equivalent as every page writes them, e.g. "0.0005062 g CO₂eq". */
    static String co2(double grams) {
        return quantity(grams) + " g CO\u2082eq";
    }

    /**
     * The decimals a training log's epoch column is written with, one precision for the whole column: the fewest, up
     * to two, that write every epoch exactly ({@code 1}, {@code 1.5}), else two ({@code 0.03} for a thirtieth): the
     * step column says exactly where a row is, the epoch only how far training had come.
     */
    static int epochDecimals(List<Double> epochs) {
        for (int d = 0; d < 2; d++) {
            int scale = d;
            if (epochs.stream().allMatch(e -> e == null || Double.isNaN(e) || Double.isInfinite(e)
                    || new BigDecimal(e).setScale(scale, RoundingMode.HALF_EVEN).doubleValue() == e)) {
                return d;
            }
        }
        return 2;
    }

    /** An epoch with {@code decimals} decimals, as {@link #epochDecimals} chose them for its column. */
    static String epoch(double epoch, int decimals) {
        if (Double.isNaN(epoch) || Double.isInfinite(epoch)) {
            return DisplayText.python(epoch);
        }
        return new BigDecimal(epoch).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A share of 0 to 100 with one decimal, e.g. "12.5%"; "<0.1%" for a small non-zero share. */
    static String percent(double pct) {
        if (pct > 0 && pct < 0.05) {
            return "<0.1%";
        }
        return new BigDecimal(pct).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** At most {@code max} code points, with an ellipsis when cut; runs of whitespace become one space. */
    static String shorten(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /**
     * {@link #shorten}, but a redaction marker the cut would drop ({@code [SECRET]}, {@code [EMAIL]}, … as the profiler
     * writes them, {@code <redacted>} as capture does) is put back after the ellipsis, so that a shortened value still
     * shows that something was redacted.
     */
    static String shortenShowingMarkers(String s, int max) {
        String cut = shorten(s, max);
        String flat = s.replaceAll("\\s+", " ").strip();
        if (cut.equals(flat)) {
            return cut;
        }
        String kept = cut.substring(0, cut.length() - 1);
        Matcher m = MARKER.matcher(flat);
        while (m.find()) {
            if (m.end() > kept.length()) {
                return kept.substring(0, Math.min(kept.length(), m.start())) + "\u2026" + m.group();
            }
        }
        return cut;
    }

    /** Text for a Markdown code span inside a table cell: backticks become quotes, pipes escaped, one line. */
    static String code(String s) {
        return s.replaceAll("\\s+", " ").replace('`', '\'').replace("|", "\\|");
    }

    /**
     * Untrusted text shown as plain text in Markdown, also inside a table cell: one line, and every character that
     * Markdown or HTML would read as markup backslash-escaped, so data never turns into links, tags or emphasis.
     */
    static String markdown(String s) {
        String flat = s.replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder(flat.length());
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
