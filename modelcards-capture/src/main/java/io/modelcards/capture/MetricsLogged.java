package io.modelcards.capture;

import java.util.Map;

/**
 * Metrics were logged at one step.
 *
 * @param step    global step
 * @param epoch   epoch, possibly fractional, or null
 * @param metrics metric name to value; the map is read during the call and not kept
 */
public record MetricsLogged(long step, Double epoch, Map<String, Double> metrics) {}
