package io.modelcards.server.ui.view;

import java.util.List;

/**
 * How complete one section of the card is.
 *
 * @param name    the section's name
 * @param filled  how many of its fields are filled
 * @param total   how many fields it counts
 * @param missing the labels of the fields still empty
 */
public record SectionScore(String name, int filled, int total, List<String> missing) {
    /** Copies the list. */
    public SectionScore {
        missing = List.copyOf(missing);
    }
}
