package io.modelcards.render.jinja;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the caller's variables into the engine's value model (Long, Double, String, Boolean, null, ArrayList,
 * LinkedHashMap) so a template can never change the caller's data and every render of the same input starts
 * equal. Other objects are kept opaque: templates cannot reach their Java methods.
 */
final class Inputs {
    private static final int MAX_DEPTH = 200;

    private Inputs() {
    }

    static Map<String, Object> copy(Map<String, ?> vars) {
        Map<String, Object> out = new LinkedHashMap<>(Math.max(16, vars.size() * 2));
        for (var e : vars.entrySet()) {
            out.put(e.getKey(), value(e.getValue(), 0));
        }
        return out;
    }

    static Object value(Object v, int depth) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double) {
            return v;
        }
        if (depth > MAX_DEPTH) {
            throw new TemplateError("template/runtime", "the variables nest deeper than " + MAX_DEPTH
                    + " levels (or refer to themselves); flatten them");
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return Py.intOf(b);
        }
        if (v instanceof Float f) {
            return Double.parseDouble(Float.toString(f));
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (v instanceof CharSequence cs) {
            return cs.toString();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>(Math.max(16, m.size() * 2));
            for (var e : m.entrySet()) {
                out.put(value(e.getKey(), depth + 1), value(e.getValue(), depth + 1));
            }
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(value(o, depth + 1));
            }
            return out;
        }
        if (v instanceof Object[] arr) {
            return value(java.util.Arrays.asList(arr), depth);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }
}
