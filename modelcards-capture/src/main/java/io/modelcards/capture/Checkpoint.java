package io.modelcards.capture;

/**
 * A checkpoint was saved at a step; {@code best} marks the best so far, whose logged values the card keeps exactly.
 */
public record Checkpoint(long step, boolean best) {}
