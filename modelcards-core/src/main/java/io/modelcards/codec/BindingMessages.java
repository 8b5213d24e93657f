package io.modelcards.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Turns Jackson's binding errors into messages about the card's JSON shape ("expected a list, found a number"),
 * never naming Java classes: users write JSON and YAML, not Java.
 */
final class BindingMessages {
    private BindingMessages() {}

    /** What went wrong, for the user; {@code unknownFieldAdvice} says what to do about a field the document may not have. */
    static String explain(JacksonException e, String unknownFieldAdvice) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\": " + unknownFieldAdvice;
        }
        if (e instanceof InvalidTypeIdException t) {
            return kind(t);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException iae) {
            return iae.getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            return "expected " + describe(f.getTargetType()) + ", found \"" + f.getValue() + "\"";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String first = firstLine(m.getOriginalMessage());
            String found = first.replaceFirst(".*from (\\w+) value.*", "$1");
            return "expected " + describe(m.getTargetType()) + (found.equals(first) ? "" : ", found " + word(found));
        }
        return firstLine(e.getOriginalMessage());
    }

    /** A missing or unknown {@code kind} of a value that comes in several kinds (a provenance origin). */
    private static String kind(InvalidTypeIdException t) {
        JsonSubTypes kinds = t.getBaseType() == null ? null : t.getBaseType().getRawClass().getAnnotation(JsonSubTypes.class);
        String known = kinds == null ? "" : String.join(" or ", Arrays.stream(kinds.value()).map(k -> "kind: " + k.name()).toList());
        String fix = known.isEmpty() ? "" : ": write " + known;
        return t.getTypeId() == null ? "missing \"kind\"" + fix : "unknown kind \"" + t.getTypeId() + "\"" + fix;
    }

    private static String describe(Class<?> t) {
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "an object";
        }
        if (t == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(t) || (t.isPrimitive() && t != boolean.class)) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.toString(t.getEnumConstants()).toLowerCase(Locale.ROOT);
        }
        return "a value";
    }

    private static String word(String jacksonShape) {
        return switch (jacksonShape) {
            case "Integer", "Float", "Double", "Long", "BigInteger", "BigDecimal" -> "a number";
            case "String" -> "text";
            case "Boolean" -> "true or false";
            case "Array" -> "a list";
            case "Object" -> "an object";
            default -> jacksonShape.toLowerCase(Locale.ROOT);
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
