package io.modelcards.card;

import java.util.Map;

/**
 * One row of the training curve.
 *
 * @param step    global step
 * @param epoch   epoch, possibly fractional, or null
 * @param metrics metric name to value (training loss, validation metrics, learning rate …), in logging order
 * @param best    whether this row is the best checkpoint
 */
public record LogEntry(long step, Double epoch, Map<String, Double> metrics, boolean best) {
    public LogEntry {
        metrics = Lists.copy(metrics);
    }
}
