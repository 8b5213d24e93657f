package io.modelcards.standards;

/**
 * A value of the card that an export could not carry, or carried only in part; never silently dropped.
 *
 * @param pointer the JSON Pointer of the card value, e.g. {@code /training/hyperparameters/all/lr}
 * @param reason  why, in words a user acts on, e.g. "SageMaker keeps at most 100 hyperparameters"
 */
public record Omission(String pointer, String reason) {}
