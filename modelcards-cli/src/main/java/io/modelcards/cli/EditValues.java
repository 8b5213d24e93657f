package io.modelcards.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.edit.CardEdit;

/**
 * Turns a value typed on the command line into the JSON value of a card field and sets it. The rule: the value is
 * JSON when it is valid JSON that the field takes (a number for a number, {@code true}/{@code false}, a list such as
 * {@code ["nlp","tabular"]}, an object, or any JSON for a field that takes any value); otherwise it is the text as
 * typed. So {@code 1.10} is the text "1.10" for a text field such as {@code /details/version} and a number for a
 * hyperparameter.
 */
final class EditValues {
    private static final String WRONG_TYPE = "edit/wrong-type";
    private static final ObjectReader JSON = CardMappers.json().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private EditValues() {}

    /** A value set: the card after the edit and the JSON value that went in. */
    record Applied(ModelCard card, JsonNode value) {}

    /**
     * The card with {@code raw} at {@code pointer}, read by the rule above.
     *
     * @throws InvalidInputException the edit's refusal; when neither reading fits, the refusal of the JSON one, which
     *                               says what the field takes and what the JSON was
     */
    static Applied typed(ModelCard card, String pointer, String raw, Origin origin) throws InvalidInputException {
        JsonNode json = json(raw);
        InvalidInputException asJson = null;
        if (json != null) {
            try {
                return new Applied(CardEdit.set(card, pointer, json, origin), json);
            } catch (InvalidInputException e) {
                if (!wrongType(e)) {
                    throw e;
                }
                asJson = e;
            }
        }
        try {
            return text(card, pointer, raw, origin);
        } catch (InvalidInputException e) {
            throw asJson != null ? asJson : e;
        }
    }

    /** The card with the text {@code text} at {@code pointer}, whatever it looks like. */
    static Applied text(ModelCard card, String pointer, String text, Origin origin) throws InvalidInputException {
        JsonNode v = TextNode.valueOf(text);
        return new Applied(CardEdit.set(card, pointer, v, origin), v);
    }

    /** {@code raw} as one JSON value, or null when it is not exactly one. */
    private static JsonNode json(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(raw);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static boolean wrongType(InvalidInputException e) {
        return e.problems().stream().map(Diagnostic::code).allMatch(WRONG_TYPE::equals);
    }
}
