package io.modelcards.validate;

import java.util.List;
import java.util.Map;

/**
 * Checks a raw {@code model-index} value (as YAML gives it: lists and mappings) against the shape the Hugging Face Hub
 * reads: a list of entries with a {@code name} and {@code results}, each result with a {@code task.type}, a
 * {@code dataset} with {@code type} and {@code name}, a list of {@code metrics} with {@code type} and {@code value},
 * and a {@code source} whose {@code name} needs a {@code url}.
 */
final class ModelIndexShape {
    private static final String CODE = "hf/model-index-shape";

    private ModelIndexShape() {}

    static void check(Object modelIndex, String at, Findings out) {
        if (!(modelIndex instanceof List<?> entries)) {
            out.error(at, CODE, "model-index must be a list of entries, each with name and results");
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            String e = at + "/" + i;
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                out.error(e, CODE, "model-index entry " + i + " must be a mapping with name and results");
                continue;
            }
            if (!(entry.get("name") instanceof String s) || s.isBlank()) {
                out.error(e, CODE, "model-index entry " + i + " has no name: add name, the model's name");
            }
            if (!(entry.get("results") instanceof List<?> results)) {
                out.error(e, CODE, "model-index entry " + i + " has no results list: add results, one per task and dataset");
                continue;
            }
            for (int j = 0; j < results.size(); j++) {
                result(results.get(j), e + "/results/" + j, out);
            }
        }
    }

    private static void result(Object value, String at, Findings out) {
        if (!(value instanceof Map<?, ?> r)) {
            out.error(at, CODE, "a model-index result must be a mapping with task, dataset and metrics");
            return;
        }
        fields(r.get("task"), at + "/task", "task", List.of("type"), out);
        fields(r.get("dataset"), at + "/dataset", "dataset", List.of("type", "name"), out);
        if (!(r.get("metrics") instanceof List<?> metrics) || metrics.isEmpty()) {
            out.error(at, CODE, "a model-index result has no metrics: add metrics, a list of {type, value}");
        } else {
            for (int k = 0; k < metrics.size(); k++) {
                String m = at + "/metrics/" + k;
                fields(metrics.get(k), m, "metric", List.of("type", "value"), out);
                if (metrics.get(k) instanceof Map<?, ?> mm && mm.get("value") != null
                        && !(mm.get("value") instanceof Number) && !(mm.get("value") instanceof String)) {
                    out.error(m + "/value", CODE, "a metric value must be a number or a string: write the measured value, e.g. 0.91");
                }
            }
        }
        if (r.get("source") instanceof Map<?, ?> source && source.get("name") != null && source.get("url") == null) {
            out.error(at + "/source", "hf/source-url",
                    "source has a name but no url: add url, the page the result comes from, or remove name");
        }
    }

    private static void fields(Object value, String at, String what, List<String> required, Findings out) {
        if (!(value instanceof Map<?, ?> m)) {
            out.error(at, CODE, "a model-index result needs " + what + ": add " + what + " with " + String.join(" and ", required));
            return;
        }
        for (String key : required) {
            Object v = m.get(key);
            if (v == null || (v instanceof String s && s.isBlank())) {
                out.error(at, CODE, what + " has no " + key + ": add " + what + "." + key);
            }
        }
    }
}
