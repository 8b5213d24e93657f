package io.modelcards.registry.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules for an audit event's details: flat, with string keys and string, boolean or number values, every number
 * within ±(2<sup>53</sup>−1). RFC 8785 writes numbers as IEEE-754 doubles, so a larger integer would be rounded: such
 * values, exact decimals and hashes go in as strings.
 */
final class Details {
    /** The largest magnitude a number in the details may have: 2<sup>53</sup>−1. */
    static final long MAX_EXACT = (1L << 53) - 1;

    private Details() {}

    /**
     * An unmodifiable, sorted copy of {@code details} in which every integral number is a {@code Long} and every other
     * number a {@code Double}, so that an event equals itself read back from its JSON; null means none.
     */
    static Map<String, Object> normalized(Map<String, ?> details) {
        TreeMap<String, Object> out = new TreeMap<>();
        if (details == null) {
            return Collections.unmodifiableMap(out);
        }
        for (Map.Entry<String, ?> e : details.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) {
                throw new IllegalArgumentException("an audit detail needs a non-empty name");
            }
            out.put(e.getKey(), value(e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object value(String key, Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return exact(key, ((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw tooLarge(key);
            }
            return exact(key, b.longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            // A float through its decimal text, so that 0.1f counts as 0.1 rather than 0.10000000149011612.
            double d = value instanceof Float f ? Double.parseDouble(f.toString()) : (Double) value;
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("the audit detail '" + key + "' is not a finite number");
            }
            if (Math.abs(d) > MAX_EXACT) {
                throw tooLarge(key);
            }
            // An integral double prints without a fraction and reads back as an integer: keep it as one.
            return d == Math.rint(d) ? (Object) (long) d : (Object) d;
        }
        if (value instanceof BigDecimal) {
            throw new IllegalArgumentException("the audit detail '" + key + "' is an exact decimal: put it in as a string");
        }
        throw new IllegalArgumentException("the audit detail '" + key + "' must be a string, a boolean or a number, not "
                + (value == null ? "null" : "a nested value"));
    }

    private static long exact(String key, long v) {
        if (v > MAX_EXACT || v < -MAX_EXACT) {
            throw tooLarge(key);
        }
        return v;
    }

    private static IllegalArgumentException tooLarge(String key) {
        return new IllegalArgumentException("the audit detail '" + key + "' is beyond ±(2^53-1), which canonical JSON "
                + "would round: put it in as a string");
    }
}
