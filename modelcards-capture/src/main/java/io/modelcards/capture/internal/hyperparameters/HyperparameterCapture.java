package io.modelcards.capture.internal.hyperparameters;

import io.modelcards.capture.internal.redaction.Secrets;
import io.modelcards.card.Hyperparameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the values a trainer used, and its declared defaults, into {@link Hyperparameters}: flattened names in
 * declaration order, the non-default subset, and secret-looking values replaced by {@link Secrets#REDACTED}.
 *
 * <p>A name with no declared default counts as non-default: someone chose it. Numbers compare by value, so
 * {@code 1} equals {@code 1.0}.
 */
public final class HyperparameterCapture {
    private HyperparameterCapture() {}

    /** Hyperparameters from nested {@code values}, compared against nested {@code defaults}. */
    public static Hyperparameters capture(Map<String, ?> values, Map<String, ?> defaults) {
        Map<String, Object> flat = Flattener.flatten("", values == null ? Map.of() : values);
        Map<String, Object> flatDefaults = Flattener.flatten("", defaults == null ? Map.of() : defaults);
        Map<String, Object> all = new LinkedHashMap<>();
        List<String> nonDefault = new ArrayList<>();
        List<String> redacted = new ArrayList<>();
        flat.forEach((rawName, value) -> {
            String name = Secrets.scrub(rawName);
            boolean secret = Secrets.isSecretKey(rawName) && value != null
                    || value instanceof String s && Secrets.containsSecret(s);
            all.put(name, secret ? Secrets.REDACTED : value);
            if (secret) {
                redacted.add(name);
            }
            if (!flatDefaults.containsKey(rawName) || !same(value, flatDefaults.get(rawName))) {
                nonDefault.add(name);
            }
        });
        return new Hyperparameters(all, nonDefault, redacted);
    }

    /** Whether two leaf values are equal, numbers by numeric value. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            BigDecimal p = decimal(x);
            BigDecimal q = decimal(y);
            return p == null || q == null
                    ? x.doubleValue() == y.doubleValue() || Double.isNaN(x.doubleValue()) && Double.isNaN(y.doubleValue())
                    : p.compareTo(q) == 0;
        }
        return Objects.equals(a, b);
    }

    private static BigDecimal decimal(Number n) {
        try {
            return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null; // NaN and infinities have no decimal form
        }
    }
}
