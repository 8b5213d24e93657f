/**
 * Draws a card's charts as deterministic, standalone SVG: the training curve ({@link TrainingChart}) and each profiled
 * dataset's small multiples ({@link DatasetChart}); the same card gives the same bytes.
 */
package io.modelcards.render.chart;
