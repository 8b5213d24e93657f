package io.modelcards.capture.internal.hyperparameters;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens nested configuration to dotted names in declaration order: map entries and record components become
 * {@code parent.child}, list and array elements {@code parent[i]}. Leaves are numbers, booleans, strings and null;
 * enums become their name and any other object its {@code toString()}.
 */
public final class Flattener {
    private Flattener() {}

    /** The leaves of {@code value}, named from {@code prefix}; a leaf at the top is named by the prefix itself. */
    public static Map<String, Object> flatten(String prefix, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        walk(prefix == null ? "" : prefix, value, out);
        return out;
    }

    private static void walk(String name, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((k, v) -> walk(child(name, String.valueOf(k)), v, out));
        } else if (value instanceof Iterable<?> items && items.iterator().hasNext()) {
            int i = 0;
            for (Object item : items) {
                walk(name + "[" + i++ + "]", item, out);
            }
        } else if (value != null && value.getClass().isArray() && Array.getLength(value) > 0) {
            for (int i = 0; i < Array.getLength(value); i++) {
                walk(name + "[" + i + "]", Array.get(value, i), out);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                walk(child(name, c.getName()), read(c, r), out);
            }
        } else {
            out.put(name, leaf(value));
        }
    }

    private static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // An inaccessible component is still named in the card, so readers see it was there.
            return "<unreadable>";
        }
    }

    private static Object leaf(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Map<?, ?>) {
            return Map.of();
        }
        if (v instanceof Iterable<?> || v.getClass().isArray()) {
            return List.of();
        }
        return v.toString();
    }
}
