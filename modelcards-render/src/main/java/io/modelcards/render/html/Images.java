package io.modelcards.render.html;

import io.modelcards.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Decides, for every image in a card's Markdown, what the page shows, so that no {@code <img>} ever points outside the
 * page or lacks its picture:
 * <ul>
 *   <li>one of our charts: the chart, drawn inline;</li>
 *   <li>a local file ({@code assets/plot.png}): the file inlined as a {@code data:} URI, SVG only after
 *       {@link SvgSanitizer}; when it is missing or refused ({@link ImageFolder}), its alt text and a warning;</li>
 *   <li>a web address: not fetched, but a link to it with the alt text (plain alt text inside another link);</li>
 *   <li>a {@code data:} URI: raster types are left to {@link CardSanitizer}'s policy; an SVG one is cleaned like a
 *       file; anything else shows its alt text.</li>
 * </ul>
 */
final class Images {
    private static final Pattern WEB = Pattern.compile("(?i)(https?:)?//.*");
    private static final Pattern RASTER_DATA = Pattern.compile("(?i)data:image/(png|gif|jpeg|webp);base64,.*");
    private static final String SVG_DATA = "data:image/svg+xml;base64,";
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Map<String, byte[]> MAGIC = Map.of("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/gif", new byte[] {'G', 'I', 'F', '8'},
            "image/webp", new byte[] {'R', 'I', 'F', 'F'});

    private final Map<String, String> charts;
    private final ImageFolder folder;
    private final Figures figures = new Figures();
    private final List<Diagnostic> problems = new ArrayList<>();

    private Images(Map<String, String> charts, ImageFolder folder) {
        this.charts = charts;
        this.folder = folder;
    }

    /**
     * Replaces every image of {@code document} as described above. {@code charts} maps an image destination to the
     * SVG markup of our own chart for it. Returns the slots to fill after sanitizing and the problems met.
     */
    static Images place(Node document, Map<String, String> charts, ImageFolder folder) {
        List<Image> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                found.add(image);
            }
        });
        Images images = new Images(charts, folder);
        found.forEach(images::replace);
        return images;
    }

    Figures figures() {
        return figures;
    }

    List<Diagnostic> problems() {
        return problems;
    }

    private void replace(Image image) {
        String destination = image.getDestination() == null ? "" : image.getDestination().strip();
        String alt = Headings.plain(image).strip();
        if (charts.containsKey(destination)) {
            swap(image, figures.slot("<span class=\"chart\">" + charts.get(destination).stripTrailing() + "</span>"));
        } else if (WEB.matcher(destination).matches()) {
            swap(image, insideLink(image) ? text(alt.isEmpty() ? destination : alt) : link(image, destination, alt));
        } else if (RASTER_DATA.matcher(destination).matches()) {
            return;
        } else if (destination.regionMatches(true, 0, SVG_DATA, 0, SVG_DATA.length())) {
            svg(image, decode(destination.substring(SVG_DATA.length())), alt, "an inline SVG image");
        } else if (SCHEME.matcher(destination).matches()) {
            skip(image, destination, alt, "render/image-skipped", "it is neither a file beside the card nor a web address");
        } else {
            local(image, destination, alt);
        }
    }

    private void local(Image image, String destination, String alt) {
        ImageFolder.Lookup lookup = folder.find(destination);
        if (lookup instanceof ImageFolder.Lookup.Skipped s) {
            skip(image, destination, alt, s.missing() ? "render/image-missing" : "render/image-skipped", s.reason());
        } else if (lookup instanceof ImageFolder.Lookup.Found f && f.mimeType().equals("image/svg+xml")) {
            svg(image, f.bytes(), alt, destination);
        } else if (lookup instanceof ImageFolder.Lookup.Found f) {
            if (!startsWith(f.bytes(), MAGIC.get(f.mimeType()))) {
                skip(image, destination, alt, "render/image-skipped",
                        "its content is not the image type its name says (fix the file name's extension)");
                return;
            }
            swap(image, figures.slot(img(f.mimeType(), f.bytes(), alt, image.getTitle())));
        }
    }

    private void svg(Image image, byte[] svg, String alt, String name) {
        Optional<String> cleaned = svg == null ? Optional.empty() : SvgSanitizer.clean(svg);
        if (cleaned.isEmpty()) {
            skip(image, name, alt, "render/image-skipped",
                    "it is not a well-formed SVG file without a DOCTYPE (export it again as plain SVG, or as PNG)");
            return;
        }
        swap(image, figures.slot(img("image/svg+xml", cleaned.get().getBytes(StandardCharsets.UTF_8), alt, image.getTitle())));
    }

    private void skip(Image image, String destination, String alt, String code, String reason) {
        String shown = alt.isEmpty() ? destination : alt;
        problems.add(Diagnostic.warning(folder.cardFile(), 0, 0, code, "image '" + destination + "' is not shown in the HTML "
                + "page: " + reason + "; its " + (alt.isEmpty() ? "path" : "alt text '" + alt + "'") + " shows instead"));
        swap(image, text(shown));
    }

    private static String img(String mime, byte[] bytes, String alt, String title) {
        String t = title == null || title.isBlank() ? "" : " title=\"" + HtmlPage.escape(title) + "\"";
        return "<img src=\"data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes) + "\" alt=\""
                + HtmlPage.escape(alt) + "\"" + t + " />";
    }

    private static Link link(Image image, String destination, String alt) {
        Link link = new Link(destination.startsWith("//") ? "https:" + destination : destination, image.getTitle());
        link.appendChild(text(alt.isEmpty() ? destination : alt));
        return link;
    }

    private static boolean insideLink(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Link) {
                return true;
            }
        }
        return false;
    }

    private static Text text(String literal) {
        return new Text(literal);
    }

    private static void swap(Image image, Node replacement) {
        image.insertBefore(replacement);
        image.unlink();
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
