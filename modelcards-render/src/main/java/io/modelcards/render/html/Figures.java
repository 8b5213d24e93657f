package io.modelcards.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * Puts trusted figures (SVG our code drew) where the Markdown shows them as images. Before sanitizing, each such image
 * becomes an empty slot element the sanitizer keeps; after sanitizing, each slot is replaced by its figure. Card text
 * that forges a slot only gets one more copy of our own chart; no card text ever reaches the figure markup.
 */
final class Figures {
    private static final String SLOT = "modelcards-figure-";
    private final List<String> markup;

    private Figures(List<String> markup) {
        this.markup = markup;
    }

    /** Replaces, in {@code document}, the images whose destination is a key of {@code figures} by slots. */
    static Figures mark(Node document, Map<String, String> figures) {
        List<String> keys = new ArrayList<>(figures.keySet());
        if (keys.isEmpty()) {
            return new Figures(List.of());
        }
        List<Image> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (figures.containsKey(image.getDestination())) {
                    found.add(image);
                }
            }
        });
        for (Image image : found) {
            HtmlInline slot = new HtmlInline();
            slot.setLiteral("<span class=\"" + SLOT + keys.indexOf(image.getDestination()) + "\"></span>");
            image.insertBefore(slot);
            image.unlink();
        }
        return new Figures(keys.stream().map(figures::get).toList());
    }

    /** {@code sanitized} with every slot replaced by its figure in a block-level wrapper. */
    String fill(String sanitized) {
        String out = sanitized;
        for (int i = 0; i < markup.size(); i++) {
            out = out.replace("<span class=\"" + SLOT + i + "\"></span>",
                    "<span class=\"chart\">" + markup.get(i).stripTrailing() + "</span>");
        }
        return out;
    }
}
