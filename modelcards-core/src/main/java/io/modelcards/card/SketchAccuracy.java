package io.modelcards.card;

/**
 * Error bounds of the sketches behind a profile's approximate figures.
 *
 * @param quantileRankError     normalized rank error of quantiles and sketch histograms (99% confidence)
 * @param distinctExactUpTo     distinct counts are exact up to this many values
 * @param distinctRelativeError relative standard error of distinct estimates beyond that bound
 * @param topExactUpTo          top values are exact while a column has at most this many distinct values
 * @param topMaxOvercountShare  beyond that bound, a top count may be over by at most this share of the rows
 * @param method                the sketches, in words
 */
public record SketchAccuracy(Double quantileRankError, Long distinctExactUpTo, Double distinctRelativeError,
                             Long topExactUpTo, Double topMaxOvercountShare, String method) {}
