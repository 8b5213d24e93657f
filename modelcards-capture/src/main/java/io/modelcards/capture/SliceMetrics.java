package io.modelcards.capture;

import io.modelcards.card.Lists;
import java.util.Map;

/**
 * Metrics measured on a slice of a dataset.
 *
 * @param slice   feature = value pairs that select the slice, e.g. {@code {"gender": "female"}}
 * @param metrics metric name to value on that slice
 */
public record SliceMetrics(Map<String, String> slice, Map<String, Double> metrics) {
    public SliceMetrics {
        slice = Lists.copy(slice);
        metrics = Lists.copy(metrics);
    }
}
