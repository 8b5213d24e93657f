package io.modelcards.diff;

/**
 * A person's field that is stale in the new card but was not in the old one: the facts it was written against changed.
 *
 * @param field  the field's JSON Pointer
 * @param reason what changed, in words ({@code accuracy 0.867 → 0.842})
 */
public record StaleChange(String field, String reason) {}
