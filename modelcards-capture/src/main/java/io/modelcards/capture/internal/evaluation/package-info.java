/**
 * Evaluation results as the card reports them: the latest result per evaluator, dataset, split, slice and metric,
 * seeded bootstrap confidence intervals, metric directions, and the Hugging Face {@code model-index} entries.
 */
package io.modelcards.capture.internal.evaluation;
