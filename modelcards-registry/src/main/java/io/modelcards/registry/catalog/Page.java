package io.modelcards.registry.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing in a stable order, and the opaque cursor of the next page.
 *
 * @param items      the entries of this page, in the listing's order
 * @param nextCursor the cursor that fetches the next page, or null on the last page
 * @param <T>        the entry type
 */
public record Page<T>(List<T> items, String nextCursor) {
    /** Copies {@code items}. */
    public Page {
        items = List.copyOf(items);
    }

    /** The cursor of the next page, empty on the last page. */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
