package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardFormat;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmeParse;

/** Adapts the README codec to the command's {@link LoadedCard}. */
final class Readmes {
    private Readmes() {}

    static LoadedCard load(String text, String name, boolean lenient) throws InvalidInputException {
        ReadmeParse p = ReadmeCodec.parse(text, name, lenient);
        return new LoadedCard(p.card(), CardFormat.README, p.sourceMap(), p.warnings());
    }

    static String write(ModelCard card) {
        return ReadmeCodec.write(card);
    }
}
