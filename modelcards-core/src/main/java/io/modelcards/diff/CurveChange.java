package io.modelcards.diff;

/**
 * One metric of the training log, summarised in the old and the new card. "Best" is the largest or smallest value
 * logged, by the metric's {@link Direction}.
 *
 * @param metric    the logged metric, e.g. {@code loss}
 * @param direction whether higher or lower is better, by name
 * @param oldFinal  the last value the old log holds, or null
 * @param nowFinal  the last value the new log holds, or null
 * @param oldBest   the best value of the old log, or null
 * @param nowBest   the best value of the new log, or null
 */
public record CurveChange(String metric, Direction direction, Double oldFinal, Double nowFinal, Double oldBest, Double nowBest) {}
