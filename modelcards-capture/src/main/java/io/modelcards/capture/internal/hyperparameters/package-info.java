/**
 * Hyperparameters for the card: nested configuration flattened to dotted names in declaration order, and the subset
 * that differs from the trainer's declared defaults.
 */
package io.modelcards.capture.internal.hyperparameters;
