package io.modelcards.hf;

/**
 * A section's text (after its heading line) cut into three parts: the template's guidance before the content
 * (blank lines, an HTML comment, boilerplate such as "Use the code below…"), the content, and the whitespace after it.
 * Replacing only the content is how a changed field is written back with the least change.
 */
record BodySpan(String prefix, String content, String tail) {
    /** How the generated regions and the card comment start: they are never a section's content. */
    private static final String MARK = "<!-- modelcards:";

    /** Cuts {@code body}; {@code boilerplate} is a line the template writes before the content, or null. */
    static BodySpan of(String body, String boilerplate) {
        int i = skipBlank(body, 0);
        if (body.startsWith("<!--", i) && !body.startsWith(MARK, i)) {
            int close = body.indexOf("-->", i);
            int eol = close < 0 ? -1 : lineEnd(body, close);
            if (eol >= 0 && body.substring(close + 3, eol).isBlank()) {
                i = skipBlank(body, eol);
            }
        }
        if (boilerplate != null) {
            int eol = lineEnd(body, i);
            if (eol > i && body.substring(i, eol).trim().equals(boilerplate)) {
                i = skipBlank(body, eol);
            }
        }
        int end = generatedStart(body, i);
        while (end > i && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end <= i) {
            return new BodySpan(body.substring(0, i), "", body.substring(i));
        }
        // Keep the content's first-line indentation inside the content, not the prefix.
        return new BodySpan(body.substring(0, i), body.substring(i, end), body.substring(end));
    }

    /** The content as a card value: LF line ends, or null when it is empty or equals the template's placeholder. */
    String value(String placeholder) {
        String v = content.replace("\r\n", "\n");
        if (v.isBlank() || v.equals(TemplateSection.MORE) || (placeholder != null && v.equals(placeholder))) {
            return null;
        }
        return v;
    }

    /** Where the first generated region or the card comment starts at a line start from {@code from}, or the text's end. */
    private static int generatedStart(String body, int from) {
        int at = body.indexOf(MARK, from);
        while (at >= 0 && at > from && body.charAt(at - 1) != '\n') {
            at = body.indexOf(MARK, at + 1);
        }
        return at < 0 ? body.length() : at;
    }

    /** The section text with the content replaced by {@code value} (LF line ends turned into {@code le}). */
    String with(String value, String le, boolean last) {
        // A value's own trailing line ends (a captured usage example ends with one) would add a blank line to the layout.
        String v = value.replace("\r\n", "\n").replaceAll("\n+$", "").replace("\n", le);
        if (!content.isEmpty()) {
            return prefix + v + tail;
        }
        String lead = prefix.isBlank() ? le : stripTrailingBlank(prefix, le);
        if (!tail.isBlank()) {
            return lead + v + le + le + tail.stripLeading();
        }
        return lead + v + le + (last ? "" : le);
    }

    private static String stripTrailingBlank(String s, String le) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return le + s.substring(0, e).stripLeading() + le + le;
    }

    private static int skipBlank(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int eol = lineEnd(s, i);
            if (!s.substring(i, eol).isBlank()) {
                return i;
            }
            i = eol;
        }
        return i;
    }

    /** Index just after the line end of the line containing {@code at}, or the text's end. */
    private static int lineEnd(String s, int at) {
        int nl = s.indexOf('\n', at);
        return nl < 0 ? s.length() : nl + 1;
    }
}
