package io.modelcards.capture;

import java.util.Map;

/**
 * Metrics measured on a slice of a dataset.
 *
 * @param slice   feature = value pairs that select the slice, e.g. {@code {"gender": "female"}}
 * @param metrics metric name to value on that slice
 */
public record SliceMetrics(Map<String, String> slice, Map<String, Double> metrics) {
    public SliceMetrics {
        slice = slice == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slice));
        metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
