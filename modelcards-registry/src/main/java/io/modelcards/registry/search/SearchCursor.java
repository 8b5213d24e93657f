package io.modelcards.registry.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque cursor of a search page: the sort key of the page's last hit and the id that breaks ties, tagged with
 * the sort it belongs to, in base64url. Because it names a position in the order and not an offset, hits inserted or
 * re-indexed between pages neither repeat nor push others out of the next page.
 *
 * @param key the last hit's sort value as text (a model name, an instant, or a metric value)
 * @param id  the tie-breaker: the version's id
 */
record SearchCursor(String key, long id) {
    private static final String TAG = "s2";

    /** The cursor text for this position under {@code sort}. */
    String encode(SearchSort sort) {
        String plain = TAG + "|" + sort + "|" + id + "|" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in {@code cursor}, empty when it is not a cursor given out by a search sorted by {@code sort}. */
    static Optional<SearchCursor> decode(String cursor, SearchSort sort) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", 4);
        if (parts.length != 4 || !TAG.equals(parts[0]) || !sort.toString().equals(parts[1])) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(parts[2]);
            if (sort.key() == SearchSort.Key.METRIC) {
                Double.parseDouble(parts[3]);
            }
            return Optional.of(new SearchCursor(parts[3], id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
