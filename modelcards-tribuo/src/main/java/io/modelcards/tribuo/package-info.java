/**
 * Tribuo adapter: {@link TribuoCapture} feeds a Tribuo training run to a modelcards
 * {@link io.modelcards.capture.RunListener}, usually a {@link io.modelcards.capture.CardRecorder}: the trainer's
 * provenance and defaults as hyperparameters, the datasets, the SGD loss curve, evaluations and citations.
 */
package io.modelcards.tribuo;
