package io.modelcards.capture;

/** Training ended at {@code step}. */
public record TrainingEnded(long step) {}
