package io.modelcards.card;

import java.util.List;

/**
 * Counts of values in consecutive bins: bin {@code i} holds values in [edges[i], edges[i+1]), the last bin is closed.
 *
 * @param edges  bin edges, one more than {@code counts}
 * @param counts values per bin
 * @param exact  whether the counts are exact; false when they come from a quantile sketch (see SketchAccuracy)
 */
public record Histogram(List<Double> edges, List<Long> counts, boolean exact) {
    public Histogram {
        edges = Lists.copy(edges);
        counts = Lists.copy(counts);
    }
}
