package io.modelcards.standards;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;

/** Reads a document of one standard's format into a card. */
public interface Importer {
    /** The standard this reads. */
    Standard standard();

    /**
     * The card the document describes; each value it sets has provenance {@code Origin.Auto("import:" + standard.id())},
     * except values the format itself marks as supplied by a person (SageMaker's {@code user_provided_} lists), which are
     * recorded as {@code Origin.Human} without an author, so that export and import keep the two apart.
     *
     * @param text the document
     * @param file how messages name the document (its path as the user gave it, or "-")
     * @throws InvalidInputException when the text is not a document of this format, with every problem located by line
     *                               and column in {@code file}
     */
    ModelCard read(String text, String file) throws InvalidInputException;
}
