package io.modelcards.card;

import java.util.Map;

/**
 * A numeric summary of a derived measure, such as text length in characters or list length.
 *
 * @param count     values measured
 * @param total     sum of all values, e.g. total tokens
 * @param quantiles quantile label (e.g. "p50") to value
 * @param histogram bins for charts, or null
 */
public record Distribution(long count, Double total, Double min, Double max, Double mean, Double std,
                           Map<String, Double> quantiles, Histogram histogram) {
    public Distribution {
        quantiles = Lists.copy(quantiles);
    }
}
