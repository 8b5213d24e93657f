package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;

/**
 * A numeric summary of a derived measure, such as text length in characters or list length.
 *
 * <p>{@link DistributionBuilder} builds one by naming each value; {@code withMean(…)} and the other withers change one value.
 *
 * @param count     values measured
 * @param total     sum of all values, e.g. total tokens
 * @param quantiles quantile label (e.g. "p50") to value
 * @param histogram bins for charts, or null
 */
@RecordBuilder
public record Distribution(long count, Double total, Double min, Double max, Double mean, Double std,
                           Map<String, Double> quantiles, Histogram histogram) implements DistributionBuilder.With {
    public Distribution {
        quantiles = Lists.copy(quantiles);
    }
}
