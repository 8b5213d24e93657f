package io.modelcards.hf;

import io.modelcards.card.EvalResult;
import io.modelcards.card.Metadata;
import io.modelcards.codec.CardMappers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hugging Face view of card metadata: the dictionary huggingface_hub's {@code ModelCardData.to_dict()} returns.
 * Templates see these names ({@code license}, {@code model-index}, …); the README front matter is this dictionary as YAML.
 */
public final class HfMetadata {
    private HfMetadata() {}

    /**
     * The metadata as huggingface_hub's {@code to_dict()} gives it: absent values left out, {@code eval_results}
     * and {@code model_name} replaced by {@code model-index}, unknown keys kept in order.
     * FIRST VERSION: the hf package owner refines key order and model-index grouping to match huggingface_hub exactly.
     */
    public static Map<String, Object> toDict(Metadata m) {
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "base_model", single(m.baseModel()));
        put(d, "datasets", m.datasets());
        put(d, "language", single(m.language()));
        put(d, "library_name", m.libraryName());
        put(d, "license", m.license());
        put(d, "license_name", m.licenseName());
        put(d, "license_link", m.licenseLink());
        put(d, "metrics", m.metrics());
        put(d, "pipeline_tag", m.pipelineTag());
        put(d, "tags", m.tags());
        put(d, "widget", m.widget());
        if (m.co2EqEmissions() != null) {
            put(d, "co2_eq_emissions", CardMappers.json().convertValue(m.co2EqEmissions(), Map.class));
        }
        d.putAll(m.extra());
        if (!m.evalResults().isEmpty()) {
            d.put("model-index", modelIndex(m.modelName(), m.evalResults()));
        }
        return d;
    }

    private static Object single(List<String> l) {
        return l.size() == 1 ? l.get(0) : l;
    }

    private static void put(Map<String, Object> d, String k, Object v) {
        if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
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
        return List.of(top);
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
