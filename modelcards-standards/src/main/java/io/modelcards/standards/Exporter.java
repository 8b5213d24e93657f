package io.modelcards.standards;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;

/** Writes a card in one standard's format. */
public interface Exporter {
    /** The standard this writes. */
    Standard standard();

    /** The versions of the format this writes, default first (e.g. {@code 1.6, 1.7}); one entry for single-version formats. */
    List<String> specVersions();

    /** Every card field and where it goes in the format, or why it cannot; the source of {@code --explain}. */
    List<MappingRow> mapping();

    /**
     * The card written in this format; deterministic for a given card and options.
     *
     * @throws InvalidInputException when the card lacks what the format requires and has no stand-in for (e.g. a name),
     *                               with one diagnostic per missing field, each naming the card field's pointer
     */
    Exported export(ModelCard card, ExportOptions options) throws InvalidInputException;
}
