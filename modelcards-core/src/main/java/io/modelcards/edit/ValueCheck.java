package io.modelcards.edit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against the type of the field it is for, all the way down, before it goes into the card. Checked
 * here rather than left to binding so that a refusal names the exact place and the expected type in plain words, and
 * so that text is never silently made of a number (the JSON binder would coerce it).
 */
final class ValueCheck {
    private ValueCheck() {}

    /** Refuses {@code v} unless it fits {@code t}; {@code at} is the pointer of the place it is for. */
    static void check(JavaType t, JsonNode v, String at) throws InvalidInputException {
        if (v == null || v.isNull()) {
            if (t.isPrimitive()) {
                throw wrongType(at, t, v, "");
            }
            return;
        }
        boolean fits = switch (Shape.of(t)) {
            case ANY -> true;
            case TEXT -> v.isTextual();
            case NUMBER -> v.isNumber();
            case BOOLEAN -> v.isBoolean();
            case WHOLE -> v.isNumber() && v.canConvertToExactIntegral()
                    && (t.getRawClass() == int.class || t.getRawClass() == Integer.class ? v.canConvertToInt() : v.canConvertToLong());
            case CHOICE -> v.isTextual() && bindsAs(t, v);
            case LIST -> v.isArray();
            case MAP, RECORD -> v.isObject();
        };
        if (!fits) {
            throw wrongType(at, t, v, "");
        }
        switch (Shape.of(t)) {
            case LIST -> {
                for (int i = 0; i < v.size(); i++) {
                    check(t.getContentType(), v.get(i), at + "/" + i);
                }
            }
            case MAP -> {
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    check(t.getContentType(), e.getValue(), Pointer.child(at, e.getKey()));
                }
            }
            case RECORD -> {
                Map<String, JavaType> fields = Shape.fields(t);
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JavaType ft = fields.get(e.getKey());
                    if (ft == null) {
                        throw Walk.unknownField(at, e.getKey(), t, List.of());
                    }
                    check(ft, e.getValue(), Pointer.child(at, e.getKey()));
                }
            }
            default -> { }
        }
    }

    private static boolean bindsAs(JavaType t, JsonNode v) {
        try {
            Shape.MAPPER.treeToValue(v, t);
            return true;
        } catch (JacksonException | IllegalArgumentException e) {
            return false;
        }
    }

    /** "/x takes text, not the number 3: give text instead", with {@code hint} appended. */
    static InvalidInputException wrongType(String at, JavaType t, JsonNode v, String hint) {
        String expected = Shape.words(t);
        return Refusals.wrongType(at, at + " takes " + expected + ", not " + found(v) + ": give "
                + (Shape.of(t) == Shape.CHOICE ? "one of those" : expected) + " instead" + hint);
    }

    /** The value given, in plain words: "the text \"severe\"", "the number 3", "a list", … */
    static String found(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            String s = v.asText();
            return "the text \"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        return v.isArray() ? "a list" : "an object";
    }
}
