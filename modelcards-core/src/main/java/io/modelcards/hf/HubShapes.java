package io.modelcards.hf;

import io.modelcards.card.Emissions;
import io.modelcards.card.EmissionsBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The typed reading of a front matter value huggingface_hub accepts in several shapes ({@code language: en} or
 * {@code [en]}, {@code co2_eq_emissions: 3} or a mapping, {@code license: [a, b]}, …). The card keeps the typed value in
 * its field; when the value's written shape is not the one the typed field writes by default, or the value has no typed
 * reading at all, the value as written is also kept in {@code metadata.extra} under the same key, and writing uses it
 * while it still reads as the typed value. So a card written from the typed card gives huggingface_hub what the
 * original gave it, without a field in the card schema for shapes.
 */
final class HubShapes {
    /** Keys of {@code Metadata} fields that may hold a list of text values. */
    static final Set<String> LIST_KEYS = Set.of("language", "base_model", "datasets", "metrics", "tags");
    /** Keys of {@code Metadata} fields that hold one text value. */
    static final Set<String> TEXT_KEYS = Set.of("license", "license_name", "license_link", "library_name", "pipeline_tag");
    /** Every key whose shape this class remembers. */
    static final Set<String> SHAPED_KEYS = Set.of("language", "base_model", "datasets", "metrics", "tags", "license", "license_name",
            "license_link", "library_name", "pipeline_tag", "widget", "co2_eq_emissions");
    private static final Set<String> EMISSION_KEYS =
            Set.of("emissions", "source", "training_type", "geographical_location", "hardware_used");

    private HubShapes() {}

    /** The value's typed reading for {@code key}, or null when the field cannot hold it exactly. */
    static Object typed(String key, Object raw) {
        if (raw == null) {
            return null;
        }
        if (LIST_KEYS.contains(key)) {
            return texts(raw);
        }
        if (TEXT_KEYS.contains(key)) {
            return raw instanceof String s ? s : null;
        }
        return switch (key) {
            case "widget" -> widget(raw);
            case "co2_eq_emissions" -> emissions(raw);
            default -> null;
        };
    }

    /** Whether the value kept in extra for {@code key} still reads as the card's typed value {@code now}. */
    static boolean agrees(String key, Object raw, Object now) {
        Object t = typed(key, raw);
        if (t == null) {
            return isEmpty(now);
        }
        return Objects.equals(t, now);
    }

    static boolean isEmpty(Object v) {
        return v == null || v instanceof List<?> l && l.isEmpty();
    }

    private static List<String> texts(Object raw) {
        if (raw instanceof String s) {
            return List.of(s);
        }
        if (!(raw instanceof List<?> l)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof String s) {
                out.add(s);
            } else if (o != null) {
                return null;
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> widget(Object raw) {
        if (!(raw instanceof List<?> l)) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            } else if (o != null) {
                return null;
            }
        }
        return out;
    }

    private static Emissions emissions(Object raw) {
        if (raw instanceof Integer || raw instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return EmissionsBuilder.builder().emissions(((Number) raw).doubleValue()).build();
        }
        if (!(raw instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, Object> vals = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object val = e.getValue();
            boolean ok = EMISSION_KEYS.contains(String.valueOf(e.getKey())) && (e.getKey().equals("emissions")
                    ? val instanceof Integer || val instanceof Double d && !d.isNaN() && !d.isInfinite() : val instanceof String);
            if (!ok) {
                return null;
            }
            vals.put(String.valueOf(e.getKey()), val);
        }
        Object em = vals.get("emissions");
        return EmissionsBuilder.builder().emissions(em == null ? null : ((Number) em).doubleValue()).source((String) vals.get("source"))
                .trainingType((String) vals.get("training_type")).geographicalLocation((String) vals.get("geographical_location"))
                .hardwareUsed((String) vals.get("hardware_used")).build();
    }
}
