package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.SourceLocator;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import java.util.Locale;

/**
 * A parsed BOM with its text, so that every problem found in it is reported at its line and column; typed reads of
 * optional members that refuse a value of the wrong JSON type.
 */
record BomText(String text, String file) {
    /** The problem {@code code} with {@code message}, located at the value {@code pointer} names in the BOM. */
    InvalidInputException problem(String pointer, String code, String message) {
        SourceMap.Position p = SourceLocator.locate(CardMappers.json(), text, pointer).orElse(new SourceMap.Position(1, 1));
        return new InvalidInputException(Diagnostic.error(file, p.line(), p.column(), "cyclonedx/" + code, message));
    }

    /** The text member {@code field} of {@code node} (at {@code at}), or null when absent. */
    String text(JsonNode node, String at, String field) throws InvalidInputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrongType(at + "/" + field, v, "a string");
        }
        return v.textValue();
    }

    /** The array member {@code field} of {@code node}, or an empty array when absent. */
    JsonNode array(JsonNode node, String at, String field) throws InvalidInputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return CardMappers.json().createArrayNode();
        }
        if (!v.isArray()) {
            throw wrongType(at + "/" + field, v, "an array");
        }
        return v;
    }

    /** The object member {@code field} of {@code node}, or an empty object when absent. */
    JsonNode object(JsonNode node, String at, String field) throws InvalidInputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return CardMappers.json().createObjectNode();
        }
        if (!v.isObject()) {
            throw wrongType(at + "/" + field, v, "an object");
        }
        return v;
    }

    /** The number in a CycloneDX string (or number) value, such as a metric value. */
    Double number(JsonNode node, String at, String field) throws InvalidInputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        try {
            return Double.parseDouble(v.isTextual() ? v.textValue().trim() : "");
        } catch (NumberFormatException e) {
            throw problem(at + "/" + field, "type", at + "/" + field + ": expected a number written as a string, found "
                    + (v.isTextual() ? "\"" + v.textValue() + "\"" : kind(v)) + ": write the value as digits, e.g. \"0.91\"");
        }
    }

    InvalidInputException wrongType(String pointer, JsonNode v, String expected) {
        return problem(pointer, "type", pointer + ": expected " + expected + ", found " + kind(v) + ": fix the BOM here");
    }

    static String kind(JsonNode v) {
        return v.isTextual() ? "a string" : v.isArray() ? "an array" : v.isObject() ? "an object"
                : v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
