package io.modelcards.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One change to a card field by JSON Pointer, made by a person: set a value or remove it. The registry applies it with
 * the groundwork edit ({@code io.modelcards.edit.CardEdit}) and records the actor as the value's author
 * ({@code Origin.Human}), written against the card's facts as they are after the edit.
 *
 * <p>Setting a field to the value it already has is how a person confirms text that went stale (the registry's form of
 * {@code Staleness.confirm}): the value stays, and its origin is recorded anew, with the actor as its author, against
 * the card's current facts, so the {@code review} pack no longer reports it. The card's content changes (its
 * provenance), so the confirmation is a new revision, which reviewers see.
 *
 * @param op      set or remove
 * @param pointer the field, as a JSON Pointer into the card's JSON form ({@code /uses/out_of_scope_use})
 * @param value   the new value in JSON form for a set; null for a remove
 */
public record FieldEdit(Op op, String pointer, JsonNode value) {
    /** What an edit does. */
    public enum Op {
        /** Put a value at the pointer (a last part {@code -} appends to a list). */
        SET,
        /** Remove the value at the pointer. */
        REMOVE
    }

    /** Checks that the op and pointer are present; the pointer itself is checked against the card when applied. */
    public FieldEdit {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** Sets {@code value} at {@code pointer}. */
    public static FieldEdit set(String pointer, JsonNode value) {
        return new FieldEdit(Op.SET, pointer, value);
    }

    /** Removes the value at {@code pointer}. */
    public static FieldEdit remove(String pointer) {
        return new FieldEdit(Op.REMOVE, pointer, null);
    }
}
