package io.modelcards.card;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies collections for record components: null becomes empty, order and null elements are kept, the result is
 * unmodifiable. Use it in a record's compact constructor where {@code List.copyOf}/{@code Map.copyOf} would not do.
 */
public final class Lists {
    private Lists() {}

    /**
     * An unmodifiable copy of {@code list} in its order, null elements included; empty for null.
     *
     * @param list the list to copy, or null
     * @param <T>  the element type
     * @return the copy; later changes to {@code list} do not show in it
     */
    public static <T> List<T> copy(List<T> list) {
        // List.copyOf rejects null elements; a card may carry them until validation reports them,
        // so keep them rather than fail while building the card.
        return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * An unmodifiable copy of {@code map} in its iteration order, null values included; empty for null.
     *
     * @param map the map to copy, or null
     * @param <K> the key type
     * @param <V> the value type
     * @return the copy; later changes to {@code map} do not show in it
     */
    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        // Map.copyOf would lose key order, and key order is part of a lossless round trip.
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
