package io.modelcards.render.html;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlInline;

/**
 * Puts trusted markup (a chart our code drew, an image our code read and encoded) where the Markdown shows an image.
 * Before sanitizing, each such image becomes an empty slot element the sanitizer keeps; after sanitizing, each slot is
 * replaced by its markup. Card text that forges a slot only gets one more copy of markup already on the page; no card
 * text ever reaches the markup unescaped.
 */
final class Figures {
    private static final String SLOT = "modelcards-figure-";
    private final List<String> markup = new ArrayList<>();

    /** A slot for {@code trusted}, markup our own code wrote, to put in the document in place of an image. */
    HtmlInline slot(String trusted) {
        HtmlInline slot = new HtmlInline();
        slot.setLiteral(slotTag(markup.size()));
        markup.add(trusted);
        return slot;
    }

    /** {@code sanitized} with every slot replaced by its markup. */
    String fill(String sanitized) {
        String out = sanitized;
        for (int i = 0; i < markup.size(); i++) {
            out = out.replace(slotTag(i), markup.get(i));
        }
        return out;
    }

    private static String slotTag(int i) {
        return "<span class=\"" + SLOT + i + "\"></span>";
    }
}
