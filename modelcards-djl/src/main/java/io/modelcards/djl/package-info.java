/**
 * DJL adapter: {@link io.modelcards.djl.DjlCapture} is a DJL {@code TrainingListener} that feeds a modelcards
 * {@link io.modelcards.capture.RunListener}, usually a {@link io.modelcards.capture.CardRecorder}.
 */
package io.modelcards.djl;
