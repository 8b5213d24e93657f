package io.modelcards.render.chart;

/**
 * A small SVG text builder. Every piece of text from a card goes through {@link #text}, which escapes it for XML
 * content and attributes; numbers go through {@link #num}, one fixed locale-free format, so output is byte-stable.
 */
final class Svg {
    private final StringBuilder sb = new StringBuilder();

    /** Appends markup our own code wrote (never card text). */
    Svg raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends a coordinate or size. */
    Svg num(double v) {
        sb.append(num1(v));
        return this;
    }

    /** Appends untrusted text, escaped. */
    Svg text(String s) {
        sb.append(escape(s));
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** {@code v} rounded to one decimal place, without a trailing ".0" and without "-0". */
    static String num1(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return a % 10 == 0 ? sign + a / 10 : sign + a / 10 + "." + a % 10;
    }

    /**
     * Text safe in XML and HTML content and in quoted attributes: markup characters become references, and characters
     * XML forbids (controls, lone surrogates, U+FFFE/U+FFFF) are dropped so the file stays well-formed.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        return c >= 0x20 && !(c >= 0x7F && c <= 0x9F);
    }

    /** At most {@code max} code points of {@code s}, with an ellipsis when cut; tabs and line ends become spaces. */
    static String shorten(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
