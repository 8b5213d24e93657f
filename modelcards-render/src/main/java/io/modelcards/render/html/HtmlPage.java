package io.modelcards.render.html;

import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.hf.PythonFloat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a card's Markdown into one self-contained HTML file: inline CSS that also prints well, a metadata table, a
 * table of contents, and the Markdown rendered with GitHub-style tables. Everything between {@code <body>} and
 * {@code </body>} passes through {@link CardSanitizer}, and the page refers to no file or URL for CSS, scripts, fonts
 * or images. The same input gives the same bytes.
 */
public final class HtmlPage {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final String CSS = css();

    private HtmlPage() {}

    /**
     * The page for {@code markdown}. {@code title} goes into {@code <title>}; {@code metadata} (the Hugging Face
     * metadata dictionary) is shown as a table above the contents, and left out when empty.
     */
    public static String render(String title, String markdown, Map<String, Object> metadata) {
        return render(title, markdown, metadata, Map.of());
    }

    /**
     * {@link #render(String, String, Map)}, with each Markdown image whose destination is a key of {@code figures}
     * replaced by that value: SVG markup our own code drew (never card text), inserted after sanitizing, since the
     * sanitizer allows no SVG. The image's alt text is dropped; the SVG carries its own title. Other images are placed
     * as {@link #page} does with no folder: local ones show their alt text.
     */
    public static String render(String title, String markdown, Map<String, Object> metadata, Map<String, String> figures) {
        return page(title, markdown, metadata, figures, ImageFolder.none()).html();
    }

    /**
     * The page and the problems met making it.
     *
     * @param html     the page
     * @param problems warnings about images that could not be shown, each naming the image
     */
    public record Page(String html, List<Diagnostic> problems) {
        /** Copies the problems. */
        public Page {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The page for {@code markdown}, as {@link #render(String, String, Map, Map)} makes it, with every other image
     * placed so that the page still loads nothing from outside: a file in {@code images} inlined as a {@code data:}
     * URI (an SVG file only after it is cleaned of scripts and references), a web address shown as a link with the
     * image's alt text, and an image that cannot be shown replaced by its alt text with a warning in
     * {@link Page#problems()}.
     */
    public static Page page(String title, String markdown, Map<String, Object> metadata, Map<String, String> figures,
            ImageFolder images) {
        return page(title, markdown, metadata, figures, images, "");
    }

    /**
     * {@link #page(String, String, Map, Map, ImageFolder)}, with {@code appendix} at the end of the card: HTML that
     * modelcards made with every text escaped (a {@link ComplianceTable}), sanitized with the rest.
     */
    public static Page page(String title, String markdown, Map<String, Object> metadata, Map<String, String> figures,
            ImageFolder images, String appendix) {
        Node document = PARSER.parse(markdown);
        Images placed = Images.place(document, figures, images);
        Headings headings = Headings.of(document);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true)
                .attributeProviderFactory(ctx -> (node, tag, attrs) -> {
                    if (node instanceof Heading) {
                        attrs.put("id", headings.idOf(node));
                    }
                }).build();
        String article = renderer.render(document);
        int at = afterTitleAndSummary(article);
        String body = "<article class=\"card\">\n" + article.substring(0, at) + toc(headings.entries())
                + metadataTable(metadata) + article.substring(at) + appendix + "</article>\n";
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"modelcards\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + placed.figures().fill(CardSanitizer.sanitize(body)) + "\n</main>\n</body>\n</html>\n";
        return new Page(html, placed.problems());
    }

    /**
     * Where the contents and metadata go: after a leading title and the paragraph under it, as readers expect them
     * under the name of the model; at the start when the document does not open with a title.
     */
    private static int afterTitleAndSummary(String html) {
        if (!html.startsWith("<h1")) {
            return 0;
        }
        int at = html.indexOf("</h1>\n") + 6;
        if (html.startsWith("<p>", at)) {
            int end = html.indexOf("</p>\n", at);
            at = end < 0 ? at : end + 5;
        }
        return at;
    }

    private static String toc(List<Headings.Entry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<nav class=\"toc\"><p class=\"toc-title\"><strong>Contents</strong></p><ul>\n");
        for (Headings.Entry e : entries) {
            if (e.level() <= 3) {
                sb.append("<li class=\"toc-l").append(e.level()).append("\"><a href=\"#").append(e.id()).append("\">")
                        .append(escape(e.text())).append("</a></li>\n");
            }
        }
        return sb.append("</ul></nav>\n").toString();
    }

    private static String metadataTable(Map<String, Object> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section class=\"metadata\"><table>\n<caption>Metadata</caption>\n<tbody>\n");
        for (var e : metadata.entrySet()) {
            sb.append("<tr><th>").append(escape(e.getKey())).append("</th><td>").append(value(e.getValue())).append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table></section>\n").toString();
    }

    private static String value(Object metadata) {
        Object v = plain(metadata);
        if (v instanceof List<?> l && l.stream().allMatch(HtmlPage::scalar)) {
            StringBuilder sb = new StringBuilder();
            for (Object o : l) {
                sb.append(sb.length() == 0 ? "" : ", ").append(escape(String.valueOf(o)));
            }
            return sb.toString();
        }
        if (scalar(v)) {
            return escape(String.valueOf(v));
        }
        try {
            return "<pre><code>" + escape(dedent(CardMappers.yaml().writeValueAsString(v).stripTrailing())) + "</code></pre>";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The value with every float in plain decimal notation ({@code 0.0005062}, not {@code 5.062e-4}), the notation
     * the page's text uses for the same quantities, so that the metadata table and the sections agree.
     */
    private static Object plain(Object v) {
        if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
            return new BigDecimal(new BigDecimal(PythonFloat.repr(((Number) v).doubleValue())).toPlainString());
        }
        if (v instanceof List<?> l) {
            return l.stream().map(HtmlPage::plain).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, plain(x)));
            return out;
        }
        return v;
    }

    /** Removes the indentation all lines share (the YAML writer indents a top-level list). */
    private static String dedent(String text) {
        int min = text.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return text.lines().map(l -> l.length() >= min ? l.substring(min) : l.strip()).collect(Collectors.joining("\n"));
    }

    private static boolean scalar(Object o) {
        return o == null || o instanceof String || o instanceof Number || o instanceof Boolean;
    }

    /** Text safe in HTML content and in double-quoted attributes. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String css() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("card.css")) {
            if (in == null) {
                throw new IllegalStateException("card.css missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
