/**
 * Automatic capture during training: a recorder that a training loop feeds through lifecycle hooks, and the parts
 * it fills (hyperparameters, training curve, evaluation results, environment, energy, citations).
 */
package io.modelcards.capture;
