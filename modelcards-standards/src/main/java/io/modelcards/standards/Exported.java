package io.modelcards.standards;

import java.util.List;

/**
 * An export's result: the document and what of the card it could not carry.
 *
 * @param document  the document, as UTF-8 JSON text ending with a newline
 * @param omissions every card value left out or shortened, in card order; empty when the format carried everything
 */
public record Exported(String document, List<Omission> omissions) {
    public Exported {
        omissions = List.copyOf(omissions);
    }
}
