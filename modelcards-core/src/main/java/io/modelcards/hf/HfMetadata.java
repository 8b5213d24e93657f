package io.modelcards.hf;

import io.modelcards.card.Emissions;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The Hugging Face view of card metadata: the dictionary huggingface_hub's {@code ModelCardData.to_dict()} returns.
 * Templates see these names ({@code license}, {@code model-index}, …); the README front matter is this dictionary as YAML.
 */
public final class HfMetadata {
    private HfMetadata() {}

    /**
     * The card's metadata as a README written from the card carries it: when it has evaluation results but no
     * {@code model_name}, the model-index is named after the card's {@code details.name}, because huggingface_hub
     * refuses a model-index without a name ({@code eval_results} requires {@code model_name}).
     */
    public static Metadata forReadme(ModelCard card) {
        Metadata m = card.metadata();
        String name = card.details().name();
        if (m.modelName() != null || m.evalResults().isEmpty() || name == null || name.isBlank()) {
            return m;
        }
        return m.withModelName(name);
    }

    /**
     * The metadata as huggingface_hub's {@code to_dict()} gives it for a {@code ModelCardData} built from the same
     * values: the named fields first in its constructor's order ({@code base_model, datasets, language, library_name,
     * license, license_name, license_link, metrics, pipeline_tag, tags}), then the other keys ({@code widget},
     * {@code co2_eq_emissions}, unknown keys) in order, then {@code model-index}; null values removed at every depth,
     * tags made unique. A one-element {@code language} or {@code base_model} list is written as a single value.
     */
    public static Map<String, Object> toDict(Metadata m) {
        return toDict(m, null, List.of());
    }

    /**
     * As {@link #toDict(Metadata)}, for metadata read from a README: {@code scalarKeys} names the keys that were
     * written as a single value (they stay single while they hold one value) and {@code keyOrder} the original key
     * order, which the keys after the named fields follow.
     */
    public static Map<String, Object> toDict(Metadata m, Collection<String> scalarKeys, List<String> keyOrder) {
        boolean src = scalarKeys != null;
        Collection<String> sk = src ? scalarKeys : List.of("language", "base_model");
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "base_model", shaped(m, "base_model", m.baseModel(), list(m.baseModel(), sk.contains("base_model"))));
        put(d, "datasets", shaped(m, "datasets", m.datasets(), list(m.datasets(), sk.contains("datasets"))));
        put(d, "language", shaped(m, "language", m.language(), list(m.language(), sk.contains("language"))));
        put(d, "library_name", shaped(m, "library_name", m.libraryName(), m.libraryName()));
        put(d, "license", shaped(m, "license", m.license(), m.license()));
        put(d, "license_name", shaped(m, "license_name", m.licenseName(), m.licenseName()));
        put(d, "license_link", shaped(m, "license_link", m.licenseLink(), m.licenseLink()));
        put(d, "metrics", shaped(m, "metrics", m.metrics(), list(m.metrics(), sk.contains("metrics"))));
        Object index = emptyIndex(m);
        if (m.evalResults().isEmpty() && index == null) {
            put(d, "model_name", m.modelName()); // huggingface_hub keeps model_name when there are no eval results
        }
        put(d, "pipeline_tag", shaped(m, "pipeline_tag", m.pipelineTag(), m.pipelineTag()));
        put(d, "tags", shaped(m, "tags", m.tags(), m.tags().isEmpty() ? null : new ArrayList<>(new LinkedHashSet<>(m.tags()))));
        Map<String, Object> kw = new LinkedHashMap<>();
        put(kw, "widget", shaped(m, "widget", m.widget(), m.widget().isEmpty() ? null : m.widget()));
        put(kw, "co2_eq_emissions", shaped(m, "co2_eq_emissions", m.co2EqEmissions(),
                emissions(m.co2EqEmissions(), sk.contains("co2_eq_emissions"))));
        m.extra().forEach((k, v) -> {
            if (!HubShapes.SHAPED_KEYS.contains(k) && !(k.equals("model-index") && index != null)) {
                kw.put(k, v);
            }
        });
        List<String> kwKeys = new ArrayList<>(kw.keySet());
        kwKeys.sort(Comparator.comparingInt(k -> keyOrder.contains(k) ? keyOrder.indexOf(k) : Integer.MAX_VALUE));
        for (String k : kwKeys) {
            d.put(k, kw.get(k));
        }
        if (!m.evalResults().isEmpty()) {
            d.put("model-index", modelIndex(m.modelName(), m.evalResults()));
        } else if (index != null) {
            d.put("model-index", index);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> clean = (Map<String, Object>) removeNone(d);
        return clean;
    }

    /** The value as written when the card keeps it in extra and it still reads as the field's value; else {@code dflt}. */
    private static Object shaped(Metadata m, String key, Object now, Object dflt) {
        Object kept = m.extra().get(key);
        return m.extra().containsKey(key) && HubShapes.agrees(key, kept, now) ? kept : dflt;
    }

    /**
     * The model-index kept as written when it has no results (the Trainer's {@code [{name: X, results: []}]}) and the
     * card still has no eval results under the same name; null otherwise.
     */
    private static Object emptyIndex(Metadata m) {
        if (!m.evalResults().isEmpty() || !(m.extra().get("model-index") instanceof List<?> entries) || entries.isEmpty()) {
            return null;
        }
        Object name = null;
        for (Object e : entries) {
            if (!(e instanceof Map<?, ?> entry) || !(entry.get("results") instanceof List<?> r) || !r.isEmpty()
                    || !(entry.get("name") instanceof String)) {
                return null;
            }
            name = entry.get("name");
        }
        return name.equals(m.modelName()) ? entries : null;
    }

    /**
     * The metadata as huggingface_hub's {@code CardData.to_yaml()} gives it: {@link #toDict(Metadata)} dumped exactly
     * as PyYAML's {@code yaml.dump(d, sort_keys=False, allow_unicode=True)} does, without surrounding whitespace.
     * This is the text the HF default template receives as {@code card_data}; the strings the README wrote plain
 * ({@link Metadata#plainScalars()}) are written plain again.
     */
    public static String toYaml(Metadata m) {
        return PyYaml.dump(toDict(m), Map.of(), m.plainScalars()).strip();
    }

    private static Object list(List<String> l, boolean single) {
        if (l.isEmpty()) {
            return null;
        }
        return single && l.size() == 1 ? l.get(0) : new ArrayList<>(l);
    }

    private static Object emissions(Emissions e, boolean scalar) {
        if (e == null) {
            return null;
        }
        if (scalar && e.source() == null && e.trainingType() == null && e.geographicalLocation() == null && e.hardwareUsed() == null) {
            return e.emissions();
        }
        return noNulls("emissions", e.emissions(), "source", e.source(), "training_type", e.trainingType(),
                "geographical_location", e.geographicalLocation(), "hardware_used", e.hardwareUsed());
    }

    private static void put(Map<String, Object> d, String k, Object v) {
        if (v != null) {
            d.put(k, v);
        }
    }

    /** huggingface_hub's {@code eval_results_to_model_index}: results grouped by {@link EvalResult#groupKey()}. */
    public static List<Map<String, Object>> modelIndex(String modelName, List<EvalResult> results) {
        Map<List<String>, List<EvalResult>> groups = new LinkedHashMap<>();
        for (EvalResult r : results) {
            groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r);
        }
        List<Object> entries = new ArrayList<>();
        for (List<EvalResult> g : groups.values()) {
            EvalResult s = g.get(0);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("task", noNulls("type", s.taskType(), "name", s.taskName()));
            e.put("dataset", noNulls("name", s.datasetName(), "type", s.datasetType(), "config", s.datasetConfig(),
                    "split", s.datasetSplit(), "revision", s.datasetRevision(), "args", s.datasetArgs()));
            List<Object> metrics = new ArrayList<>();
            for (EvalResult r : g) {
                metrics.add(noNulls("type", r.metricType(), "value", r.metricValue(), "name", r.metricName(),
                        "config", r.metricConfig(), "args", r.metricArgs(), "verified", r.verified(), "verifyToken", r.verifyToken()));
            }
            e.put("metrics", metrics);
            if (s.sourceUrl() != null) {
                e.put("source", noNulls("url", s.sourceUrl(), "name", s.sourceName()));
            }
            entries.add(e);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        if (modelName != null) {
            top.put("name", modelName);
        }
        top.put("results", entries);
        List<Map<String, Object>> index = new ArrayList<>();
        index.add(top);
        return index;
    }

    /** huggingface_hub's {@code _remove_none}: drops null values and null list items at every depth. */
    static Object removeNone(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(String.valueOf(k), removeNone(v));
                }
            });
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                if (x != null) {
                    out.add(removeNone(x));
                }
            }
            return out;
        }
        return o;
    }

    private static Map<String, Object> noNulls(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
