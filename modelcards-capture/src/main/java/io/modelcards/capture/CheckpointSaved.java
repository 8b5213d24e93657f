package io.modelcards.capture;

/**
 * A checkpoint was saved at a step; {@code best} marks the best so far, whose logged values the card keeps exactly.
 */
public record CheckpointSaved(long step, boolean best) {}
