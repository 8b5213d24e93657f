package io.modelcards.diff;

/**
 * A keyed value that was added, removed or changed: a front-matter key, a hyperparameter, a custom governance field.
 * Values are as the card's JSON form holds them (text, numbers, booleans, lists, maps).
 *
 * @param key    the key, e.g. {@code license} or {@code optimizer.learning_rate}
 * @param change the old and new value
 */
public record KeyChange(String key, Change<Object> change) {}
