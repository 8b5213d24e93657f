package io.modelcards.edit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.staleness.Staleness;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sets or removes one value of a card by JSON Pointer into its JSON form ({@code /uses/out_of_scope_use}), and records
 * the value's origin in the card's {@link Provenance} in the same step. A person's value ({@link Origin.Human} without a
 * basis) is recorded as written against the card's facts after the edit ({@link Staleness#stamp}).
 *
 * <p>Pointers follow RFC 6901: {@code ~1} is a "/" and {@code ~0} a "~" inside a key. A list element is named by its
 * number ({@code /metadata/tags/0}) and {@code -} appends to a list ({@code /metadata/tags/-}), as RFC 6902's
 * {@code add}; setting an existing element replaces it, as RFC 6902's {@code replace}, and removing one moves the later
 * ones down. A field of an object-valued field whose keys are free (hyperparameters, custom fields, extra metadata)
 * may be a new key; a field of a typed part of the card (details, uses, an eval result, …) must be one of its fields.
 * Absent objects and lists on the way to a value being set are created.
 *
 * <p>The edit goes through the card's JSON tree: the value is checked against the field's type, put into the tree, and
 * the tree is bound back with the codec's mapper, so the edited card is what a card file holding that value reads as.
 * The input card is not changed (cards are immutable); the README layout ({@code source}) is kept, and since the README
 * writer compares each block with the card's current value, an edited field is written anew rather than its old text
 * kept.
 *
 * <p>{@code schema_version}, {@code /provenance} and {@code /source} are not editable this way, and neither is the whole
 * card ({@code ""}). Every refusal is an {@link InvalidInputException} with one diagnostic whose
 * {@link io.modelcards.diagnostic.Diagnostic#pointer() pointer} names the field and whose code is one of
 * {@code edit/bad-pointer}, {@code edit/unknown-pointer} (with the nearest field suggested), {@code edit/wrong-type}
 * (naming the type expected), {@code edit/read-only} or {@code edit/required}. An edit reads no file, so the diagnostic
 * names the input "-" at 0:0; a caller that edits a file names it with
 * {@link io.modelcards.diagnostic.Diagnostic#inFile(String)}.
 */
public final class CardEdit {
    private static final Set<String> READ_ONLY = Set.of("schema_version", "provenance", "source");

    private CardEdit() {}

    /**
     * The card with {@code value} at {@code pointer} and {@code origin} recorded for it. Provenance entries below the
     * pointer are dropped, so the parts of the new value inherit its origin.
     *
     * @param card    the card to edit; it is not changed
     * @param pointer where to put the value; a last part "-" appends to a list
     * @param value   the value in JSON form; null (Java or JSON) is refused: to clear a value, {@link #remove} it
     * @param origin  who or what wrote the value, e.g. {@code new Origin.Human("alice", null, "2026-12-05T22:08:15Z")}
     * @throws InvalidInputException when the pointer names no editable field or the value does not fit it
     */
    public static ModelCard set(ModelCard card, String pointer, JsonNode value, Origin origin) throws InvalidInputException {
        Objects.requireNonNull(origin, "origin");
        List<String> tokens = editable(pointer);
        ObjectNode tree = Shape.MAPPER.valueToTree(Objects.requireNonNull(card, "card"));
        Walk.Target t = Walk.resolve(tree, tokens, true);
        JsonNode v = value == null ? NullNode.getInstance() : value;
        if (v.isNull()) {
            throw ValueCheck.wrongType(t.pointer(), t.type(), v, "; to clear " + t.pointer() + ", remove it");
        }
        ValueCheck.check(t.type(), v, t.pointer());
        t.put(v.deepCopy());
        ModelCard edited = bind(tree, t.pointer());
        edited = edited.withProvenance(Origins.set(edited.provenance(), t.pointer(), origin));
        // A person's text is written against the card as it now is; that record is what later tells it went stale.
        return origin instanceof Origin.Human h && h.basis() == null ? Staleness.stamp(edited, t.pointer()) : edited;
    }

    /**
     * The card with a Java value at {@code pointer}: text, a number, true or false, a list or map of these, or one of
     * the card's records, turned into JSON as the codec writes it. Otherwise as {@link #set(ModelCard, String, JsonNode,
     * Origin)}.
     *
     * @throws InvalidInputException when the pointer names no editable field or the value does not fit it
     */
    public static ModelCard set(ModelCard card, String pointer, Object value, Origin origin) throws InvalidInputException {
        JsonNode v = value instanceof JsonNode n ? n : Shape.MAPPER.valueToTree(value);
        return set(card, pointer, v, origin);
    }

    /**
     * The card without the value at {@code pointer}. Removing a field, or a key of a free-form object, records
     * {@code origin} at the pointer and drops the entries below it: the absence is now that origin's decision, so that
     * a later merge with a fresh capture can tell a value someone removed from one never written. Removing a list element
     * records nothing (no value is left there whose origin an entry could describe): the element's entries are dropped
     * and those of the elements after it renumbered with them. Removing a field that is already absent changes no value.
     *
     * @throws InvalidInputException when the pointer names no editable field, no existing list element, or a field
     *                               that always has a value (a count, a flag)
     */
    public static ModelCard remove(ModelCard card, String pointer, Origin origin) throws InvalidInputException {
        Objects.requireNonNull(origin, "origin");
        List<String> tokens = editable(pointer);
        ObjectNode tree = Shape.MAPPER.valueToTree(Objects.requireNonNull(card, "card"));
        Walk.Target t = Walk.resolve(tree, tokens, false);
        if (t.type().isPrimitive()) {
            throw Refusals.of(Refusals.REQUIRED, t.pointer(), t.pointer() + " always has a value and cannot be removed: set it to "
                    + Shape.words(t.type()) + " instead");
        }
        t.remove();
        ModelCard edited = bind(tree, t.pointer());
        Provenance p = t.index() >= 0
                ? Origins.removeElement(edited.provenance(), t.parentPointer(), t.index())
                : Origins.set(edited.provenance(), t.pointer(), origin);
        return edited.withProvenance(p);
    }

    private static List<String> editable(String pointer) throws InvalidInputException {
        List<String> tokens = Pointer.parse(pointer);
        if (tokens.isEmpty()) {
            throw Refusals.of(Refusals.READ_ONLY, "", "the whole card cannot be replaced by one edit: set its fields one at a"
                    + " time, such as /uses/out_of_scope_use");
        }
        String first = tokens.get(0);
        if (READ_ONLY.contains(first)) {
            String why = switch (first) {
                case "schema_version" -> "modelcards writes it, and reading a card migrates it";
                case "provenance" -> "each edit records it from the origin it is given";
                default -> "it is the layout of the README the card was read from; edit the card's fields instead";
            };
            throw Refusals.of(Refusals.READ_ONLY, pointer, "/" + first + " cannot be edited: " + why);
        }
        return tokens;
    }

    /** The card the edited tree reads as, with the codec's rules. */
    private static ModelCard bind(ObjectNode tree, String pointer) throws InvalidInputException {
        try {
            return Shape.MAPPER.treeToValue(tree, ModelCard.class);
        } catch (JacksonException e) {
            // The value was checked against the field's type, so what is left is a rule of a record's constructor,
            // whose message is written for users.
            String why = e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException iae
                    ? iae.getMessage() : "it does not fit the card schema";
            throw Refusals.wrongType(pointer, "cannot set " + pointer + ": " + why);
        }
    }
}
