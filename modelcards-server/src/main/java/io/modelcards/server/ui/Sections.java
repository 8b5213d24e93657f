package io.modelcards.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a rendered card, by the headings the sanitized card renderer wrote (each with its anchor id): what a
 * comment may be anchored to, by the title a reader sees ("Out-of-Scope Use").
 */
final class Sections {
    // The renderer writes every heading as <hN id="...">text</hN>, the text escaped; levels 2 to 4 are the card's sections.
    private static final Pattern HEADING = Pattern.compile("<h([2-4]) id=\"([^\"]*)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Sections() {
    }

    /**
     * A section heading.
     *
     * @param title its text, unescaped (the page template escapes it again)
     * @param id    its anchor id on the card page
     */
    record Heading(String title, String id) {}

    /** The headings of {@code cardHtml} in order, each title once; empty for no card. */
    static List<Heading> of(String cardHtml) {
        List<Heading> headings = new ArrayList<>();
        if (cardHtml == null) {
            return headings;
        }
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = HEADING.matcher(cardHtml);
        while (m.find()) {
            String title = unescape(TAG.matcher(m.group(3)).replaceAll("")).strip();
            if (!title.isEmpty() && seen.add(title)) {
                headings.add(new Heading(title, unescape(m.group(2))));
            }
        }
        return headings;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
