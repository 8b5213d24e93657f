package io.modelcards.hf;

import io.modelcards.card.EvalResult;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens {@code model-index} into {@link EvalResult}s with huggingface_hub's rules
 * ({@code model_index_to_eval_results}): every entry needs {@code name} and {@code results}; every result needs
 * {@code task.type}, {@code dataset.type}, {@code dataset.name} and {@code metrics}; every metric needs {@code type}
 * and {@code value}; the model name is the last entry's name; a source name requires a source URL.
 */
final class ModelIndexReader {
    private static final String RULE_SHAPE = "hf/model-index-shape";
    private static final String RULE_SOURCE = "hf/model-index-source";

    /** The flattened results and the model name, or the first problem found. */
    record Result(String modelName, List<EvalResult> results, Diagnostic problem) {}

    private final Located at;
    private final Map<String, int[]> positions = new LinkedHashMap<>();
    private final List<EvalResult> results = new ArrayList<>();

    private ModelIndexReader(Located at) {
        this.at = at;
    }

    /** Reads {@code model-index}; positions go into {@code at} only when the whole index is valid. */
    static Result read(YNode modelIndex, Located at) {
        ModelIndexReader r = new ModelIndexReader(at);
        try {
            String name = r.index(modelIndex);
            r.positions.forEach(at.positions::putIfAbsent);
            return new Result(name, r.results, null);
        } catch (Problem p) {
            return new Result(null, List.of(), p.diagnostic);
        }
    }

    private String index(YNode node) {
        YNode.Seq seq = seq(node, "model-index must be a list of entries, each with `name:` and `results:`");
        String name = null;
        for (YNode e : seq.items()) {
            YNode.Map entry = map(e, "each model-index entry must be a mapping with `name:` and `results:`");
            YNode nameNode = require(entry, "name", "add `name:` (the model name) to this model-index entry");
            name = text(nameNode, "model-index name");
            at.at("/metadata/model_name", nameNode);
            YNode.Seq rs = seq(require(entry, "results", "add `results:` (a list) to this model-index entry"),
                    "`results:` must be a list of results, each with `task:`, `dataset:` and `metrics:`");
            for (YNode r : rs.items()) {
                result(map(r, "each result must be a mapping with `task:`, `dataset:` and `metrics:`"));
            }
        }
        return name;
    }

    private void result(YNode.Map r) {
        YNode.Map task = map(require(r, "task", "add `task:` with `type:` to this result"), "`task:` must be a mapping with `type:`");
        YNode.Map ds = map(require(r, "dataset", "add `dataset:` with `type:` and `name:` to this result"),
                "`dataset:` must be a mapping with `type:` and `name:`");
        YNode taskType = require(task, "type", "add `type:` (a task id such as text-classification) under `task:`");
        YNode dsType = require(ds, "type", "add `type:` (the dataset id) under `dataset:`");
        YNode dsName = require(ds, "name", "add `name:` (a readable dataset name) under `dataset:`");
        YNode.Map source = null;
        YNode src = get(r, "source");
        if (src != null) {
            source = map(src, "`source:` must be a mapping with `url:` and optionally `name:`");
        }
        YNode srcName = source == null ? null : get(source, "name");
        YNode srcUrl = source == null ? null : get(source, "url");
        YNode.Seq metrics = seq(require(r, "metrics", "add `metrics:` (a list of `type:`/`value:` pairs) to this result"),
                "`metrics:` must be a list of mappings with `type:` and `value:`");
        for (YNode mn : metrics.items()) {
            YNode.Map m = map(mn, "each metric must be a mapping with `type:` and `value:`");
            YNode type = require(m, "type", "add `type:` (a metric id such as accuracy) to this metric");
            YNode value = require(m, "value", "add `value:` to this metric");
            String sourceName = optText(srcName, "source name");
            String sourceUrl = optText(srcUrl, "source url");
            if (sourceName != null && sourceUrl == null) {
                throw new Problem(Diagnostic.error(at.file, srcName.line(), srcName.column(), RULE_SOURCE,
                        "`source:` has a name but no url: add `url:` under `source:` (huggingface_hub requires it)"));
            }
            YNode verified = get(m, "verified");
            if (verified != null && !(YamlValues.value(verified) instanceof Boolean) && YamlValues.value(verified) != null) {
                throw problem(verified, "`verified:` must be true or false");
            }
            String p = "/metadata/eval_results/" + results.size();
            positions.put(p, new int[] {m.line(), m.column()});
            put(p + "/task_type", taskType);
            put(p + "/task_name", get(task, "name"));
            put(p + "/dataset_type", dsType);
            put(p + "/dataset_name", dsName);
            put(p + "/dataset_config", get(ds, "config"));
            put(p + "/dataset_split", get(ds, "split"));
            put(p + "/dataset_revision", get(ds, "revision"));
            put(p + "/dataset_args", get(ds, "args"));
            put(p + "/metric_type", type);
            put(p + "/metric_value", value);
            put(p + "/metric_name", get(m, "name"));
            put(p + "/metric_config", get(m, "config"));
            put(p + "/metric_args", get(m, "args"));
            put(p + "/verified", verified);
            put(p + "/verify_token", get(m, "verifyToken"));
            put(p + "/source_name", srcName);
            put(p + "/source_url", srcUrl);
            results.add(EvalResultBuilder.builder().taskType(text(taskType, "task type")).taskName(optText(get(task, "name"), "task name"))
                    .datasetType(text(dsType, "dataset type")).datasetName(text(dsName, "dataset name"))
                    .datasetConfig(optText(get(ds, "config"), "dataset config")).datasetSplit(optText(get(ds, "split"), "dataset split"))
                    .datasetRevision(optText(get(ds, "revision"), "dataset revision")).datasetArgs(args(get(ds, "args")))
                    .metricType(text(type, "metric type")).metricValue(YamlValues.value(value))
                    .metricName(optText(get(m, "name"), "metric name")).metricConfig(optText(get(m, "config"), "metric config"))
                    .metricArgs(args(get(m, "args"))).verified(verified == null ? null : (Boolean) YamlValues.value(verified))
                    .verifyToken(optText(get(m, "verifyToken"), "verifyToken")).sourceName(sourceName).sourceUrl(sourceUrl).build());
        }
    }

    private void put(String pointer, YNode n) {
        if (n == null) {
            return;
        }
        positions.put(pointer, new int[] {n.line(), n.column()});
        if (n instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                put(pointer + "/" + Located.escape(e.key()), e.value());
            }
        } else if (n instanceof YNode.Seq q) {
            for (int i = 0; i < q.items().size(); i++) {
                put(pointer + "/" + i, q.items().get(i));
            }
        }
    }

    /** Arguments as written: huggingface_hub takes any value here, though a mapping is usual. */
    private static Object args(YNode n) {
        return n == null ? null : YamlValues.value(n);
    }

    private String text(YNode n, String what) {
        if (n instanceof YNode.Scalar s) {
            Object v = YamlValues.scalar(s);
            return v == null ? null : s.text();
        }
        throw problem(n, "the " + what + " must be a single value, not a list or mapping");
    }

    private String optText(YNode n, String what) {
        return n == null ? null : text(n, what);
    }

    private static YNode get(YNode.Map m, String key) {
        for (YNode.Entry e : m.entries()) {
            if (e.key().equals(key)) {
                return e.value();
            }
        }
        return null;
    }

    private YNode require(YNode.Map m, String key, String fix) {
        YNode v = get(m, key);
        if (v == null) {
            throw problem(m, "invalid model-index: missing `" + key + ":`: " + fix);
        }
        return v;
    }

    private YNode.Map map(YNode n, String message) {
        if (n instanceof YNode.Map m) {
            return m;
        }
        throw problem(n, "invalid model-index: " + message);
    }

    private YNode.Seq seq(YNode n, String message) {
        if (n instanceof YNode.Seq s) {
            return s;
        }
        throw problem(n, "invalid model-index: " + message);
    }

    private Problem problem(YNode n, String message) {
        return new Problem(Diagnostic.error(at.file, n.line(), n.column(), RULE_SHAPE, message));
    }

    /** Ends reading at the first problem; model-index is all or nothing, as in huggingface_hub. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Diagnostic diagnostic;

        Problem(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }
}
