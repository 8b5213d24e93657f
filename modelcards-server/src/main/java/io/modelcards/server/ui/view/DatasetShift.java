package io.modelcards.server.ui.view;

import java.util.List;

/**
 * A dataset added, removed or changed between the two compared cards.
 *
 * @param dataset its name, role and split
 * @param kind    added, removed or changed
 * @param oldHash the old content hash, or null
 * @param nowHash the new content hash, or null
 * @param rows    the row counts as text ({@code 872 → 1,000}), or null when unchanged or unknown
 * @param shifts  the columns whose distribution moved most, as text, most first
 */
public record DatasetShift(String dataset, String kind, String oldHash, String nowHash, String rows, List<String> shifts) {
    /** Copies the list. */
    public DatasetShift {
        shifts = List.copyOf(shifts);
    }
}
