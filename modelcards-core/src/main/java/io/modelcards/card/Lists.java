package io.modelcards.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies collections for record components: null becomes empty, order is kept, the result is unmodifiable. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        // List.copyOf rejects null elements; a card may carry them until validation reports them,
        // so keep them rather than fail while building the card.
        return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    static <K, V> Map<K, V> copy(Map<K, V> map) {
        // Map.copyOf would lose key order, and key order is part of a lossless round trip.
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
