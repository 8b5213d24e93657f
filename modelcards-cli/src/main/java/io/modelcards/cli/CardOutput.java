package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.card.ReadmeSource;
import io.modelcards.codec.CardFormat;
import io.modelcards.codec.CardWriter;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.render.jinja.RenderOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes an edited card back to a card file in the format {@code target}'s extension names, all or nothing. Every README
 * keeps its layout (unchanged keys and sections byte-identical). One that modelcards rendered (it carries the card
 * comment) also gets its generated parts rendered anew from the card and a new card comment, which records the new
 * values and their origins ({@link CardRenderer#renderKeepingLayout}); any other README is written by the codec
 * ({@link CardWriter}). JSON and YAML are the card's own forms.
 */
final class CardOutput {
    /**
     * The field the README reader gives the source block holding the card comment. The codec alone keeps that block as
     * it was, which would leave the comment recording the values before the edit.
     */
    private static final String CARD_COMMENT_BLOCK = "#card";

    private CardOutput() {}

    /** Writes {@code card} to {@code target}; a rendered README's chart files go beside it. */
    static void write(ModelCard card, Path target, PrintWriter out, PrintWriter err) {
        CardFormat format = CardFiles.formatOf(target);
        if (format == CardFormat.README && rendered(card)) {
            RenderedCard md = CardRenderer.create().renderKeepingLayout(card, RenderOptions.DEFAULT);
            if (md.hasErrors()) {
                // The built-in templates render every card that reads; an error here is a bug, not bad input.
                throw new IllegalStateException("built-in template failed: " + md.problems());
            }
            OutputFiles.write(target, md.output(), md.attachments(), out, err);
            return;
        }
        OutputFiles.write(target, CardWriter.write(card, format), Map.of(), out, err);
    }

    /** Whether the card was read from a README that modelcards rendered (one with a card comment). */
    static boolean rendered(ModelCard card) {
        ReadmeSource src = card.source();
        return src != null && src.blocks().stream().anyMatch(b -> CARD_COMMENT_BLOCK.equals(b.field()));
    }
}
