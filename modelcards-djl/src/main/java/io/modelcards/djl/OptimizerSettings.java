package io.modelcards.djl;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a DJL optimizer (or learning-rate tracker) as a nested map: its class, then every scalar field of
 * its class hierarchy, base class first. DJL exposes no getters for them, so they are read reflectively; a field
 * that cannot be read is left out rather than guessed.
 */
final class OptimizerSettings {
    /** Fields that count updates during training: run state, not configuration. */
    private static final Set<String> STATE = Set.of("numUpdate", "beginNumUpdate", "updateCounts");
    private static final int MAX_DEPTH = 3;

    private OptimizerSettings() {}

    static Map<String, Object> of(Object component) {
        return of(component, 0);
    }

    private static Map<String, Object> of(Object component, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("class", component.getClass().getName());
        for (Class<?> c : hierarchy(component.getClass())) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || STATE.contains(f.getName())) {
                    continue;
                }
                Object value = read(f, component);
                Object shown = shown(f.getType(), value, depth);
                if (shown != null) {
                    out.put(f.getName(), shown);
                }
            }
        }
        return out;
    }

    private static Object shown(Class<?> type, Object value, int depth) {
        if (value == null) {
            return null;
        }
        if (type.isPrimitive() || value instanceof Number || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        // Learning-rate trackers and nested schedules live in ai.djl.training.tracker; state maps and arrays do not.
        if (depth < MAX_DEPTH && value.getClass().getName().startsWith("ai.djl.training.tracker.")) {
            return of(value, depth + 1);
        }
        return null;
    }

    private static Object read(Field f, Object target) {
        try {
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }

    private static List<Class<?>> hierarchy(Class<?> type) {
        ArrayDeque<Class<?>> stack = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            stack.push(c);
        }
        return List.copyOf(stack);
    }
}
