package io.modelcards.render.html;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list that card HTML passes through. Card text is untrusted: scripts, event handlers, frames, forms,
 * styles and {@code javascript:} URLs are dropped, and nothing may load a resource from outside the file, so images
 * survive only as inline {@code data:} URIs of PNG, JPEG, GIF or WebP, and an {@code <img>} whose {@code src} does not
 * survive is dropped whole rather than left as an empty frame. SVG is never allowed through here, not even as a
 * {@code data:} URI, because card text could carry script in it; SVG reaches the page only as our own charts or as a
 * file cleaned by {@link SvgSanitizer}, both put in after sanitizing ({@link Images}).
 */
public final class CardSanitizer {
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,120}");
    private static final Pattern CLASS = Pattern.compile("[A-Za-z0-9_ -]{1,120}");
    private static final Pattern HREF = Pattern.compile("(?i)(https?://[^\\s\"'<>]+|mailto:[^\\s\"'<>]+|#[A-Za-z0-9_-]*)");
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/=]+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(HEADINGS)
            .allowElements("p", "br", "hr", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "b", "i", "u",
                    "del", "s", "sup", "sub", "kbd", "span", "div", "nav", "section", "article", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tr", "th", "td", "details", "summary", "a", "img")
            .allowAttributes("id").matching(ID).onElements(HEADINGS)
            .allowAttributes("class").matching(CLASS).globally()
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("open").onElements("details")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowUrlProtocols("http", "https", "mailto", "data")
            .allowAttributes("href").matching(HREF).onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching(DATA_IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            // An image whose src was refused (a relative path, a web address, SVG) would show as an empty frame.
            .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
            .toFactory();

    private CardSanitizer() {}

    /** Whether {@code attributes}, names and values alternating as the sanitizer passes them, has one named {@code name}. */
    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code html} with everything outside the allow-list removed; the same input always gives the same output. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
