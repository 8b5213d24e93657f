package io.modelcards.codec;

import io.modelcards.card.ModelCard;
import io.modelcards.hf.ReadmeCodec;

/** Writes a card in any of its formats; the counterpart of {@link CardReader}. */
public final class CardWriter {
    private CardWriter() {}

    /**
     * The card as the text of a file in {@code format}: a README keeps the layout it was read with, JSON and YAML are
     * the card's own forms. The same card always gives the same text.
     */
    public static String write(ModelCard card, CardFormat format) {
        return switch (format) {
            case README -> ReadmeCodec.write(card);
            case JSON -> CardCodec.toJson(card);
            case YAML -> CardCodec.toYaml(card);
        };
    }
}
