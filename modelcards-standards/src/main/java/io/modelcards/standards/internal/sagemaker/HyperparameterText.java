package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.CardMappers;
import io.modelcards.standards.internal.mct.Numbers;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A hyperparameter value as SageMaker's text and back: text as itself, numbers in plain form (a fractional type keeps
 * a {@code .0}), anything else as compact JSON. Reading parses what looks like a number, boolean, list or object.
 */
final class HyperparameterText {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private HyperparameterText() {}

    static String write(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            String t = Numbers.text(d);
            return INTEGER.matcher(t).matches() ? t + ".0" : t;
        }
        return SageMakerSections.json(value);
    }

    static Object read(String text) {
        if (INTEGER.matcher(text).matches()) {
            try {
                long l = Long.parseLong(text);
                return l == (int) l ? (Object) (int) l : (Object) l;
            } catch (NumberFormatException e) {
                return Double.parseDouble(text);
            }
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        if (text.startsWith("[") || text.startsWith("{")) {
            try {
                JsonNode n = CardMappers.json().readTree(text);
                return CardMappers.json().treeToValue(n, Object.class);
            } catch (IOException e) {
                return text;
            }
        }
        return text;
    }
}
