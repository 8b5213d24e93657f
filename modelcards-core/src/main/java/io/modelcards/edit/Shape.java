package io.modelcards.edit;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.modelcards.codec.CardMappers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a card field holds, as its JSON shape: read from the record types with the codec's own mapper, so that field
 * names (snake_case) and value types are exactly those of the card's JSON form.
 */
enum Shape {
    RECORD, MAP, LIST, ANY, TEXT, WHOLE, NUMBER, BOOLEAN, CHOICE;

    static final ObjectMapper MAPPER = CardMappers.json();
    private static final Map<JavaType, Map<String, JavaType>> FIELDS = new ConcurrentHashMap<>();

    static Shape of(JavaType t) {
        Class<?> c = t.getRawClass();
        if (t.isCollectionLikeType() || t.isArrayType()) {
            return LIST;
        }
        if (t.isMapLikeType()) {
            return MAP;
        }
        if (c == String.class) {
            return TEXT;
        }
        if (c == Boolean.class || c == boolean.class) {
            return BOOLEAN;
        }
        if (c.isEnum()) {
            return CHOICE;
        }
        if (c == Long.class || c == long.class || c == Integer.class || c == int.class || c == BigInteger.class) {
            return WHOLE;
        }
        if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
            return NUMBER;
        }
        // Anything else that is not a record (Object: metric values, custom fields, extra keys) holds any JSON value.
        return c.isRecord() ? RECORD : ANY;
    }

    /** Whether a value of this shape has parts a pointer can go into: fields, keys or elements. */
    boolean holdsParts() {
        return this == RECORD || this == MAP || this == LIST || this == ANY;
    }

    /** The JSON fields of a record type, by name, in the order the codec writes them. */
    static Map<String, JavaType> fields(JavaType record) {
        return FIELDS.computeIfAbsent(record, t -> {
            BeanDescription d = MAPPER.getSerializationConfig().introspect(t);
            Map<String, JavaType> m = new LinkedHashMap<>();
            for (BeanPropertyDefinition p : d.findProperties()) {
                m.put(p.getName(), p.getPrimaryType());
            }
            return Collections.unmodifiableMap(m);
        });
    }

    /** The type of a list's elements or a map's values; any JSON value for a field that holds any. */
    static JavaType content(JavaType t) {
        return of(t) == ANY ? MAPPER.constructType(Object.class) : t.getContentType();
    }

    /** What a field of type {@code t} takes, in plain words: "text", "a whole number", "a list of text", … */
    static String words(JavaType t) {
        return switch (of(t)) {
            case TEXT -> "text";
            case WHOLE -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices(t));
            case LIST -> of(t.getContentType()) == ANY ? "a list" : "a list of " + plural(t.getContentType());
            case MAP, RECORD -> "an object";
            case ANY -> "any value";
        };
    }

    private static String plural(JavaType t) {
        return switch (of(t)) {
            case TEXT -> "text";
            case WHOLE -> "whole numbers";
            case NUMBER -> "numbers";
            case BOOLEAN -> "true or false values";
            case CHOICE -> "values from " + String.join(", ", choices(t));
            case LIST -> "lists";
            case MAP, RECORD -> "objects";
            case ANY -> "values";
        };
    }

    /** An enum's values as the card writes them (lower-case risk ratings, not Java constant names). */
    static List<String> choices(JavaType t) {
        List<String> out = new ArrayList<>();
        for (Object constant : t.getRawClass().getEnumConstants()) {
            out.add(MAPPER.valueToTree(constant).asText());
        }
        return out;
    }
}
