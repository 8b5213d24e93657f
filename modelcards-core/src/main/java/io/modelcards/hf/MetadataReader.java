package io.modelcards.hf;

import io.modelcards.card.Emissions;
import io.modelcards.card.EmissionsBuilder;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Metadata;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the front matter mapping into {@link Metadata}: known keys are type-checked and typed, unknown keys go to
 * {@code extra} in order. Wrong types are errors at the offending node; an invalid {@code model-index} is an error,
 * or under {@code lenient} a warning, and then its raw value is kept in {@code extra} so that nothing is lost.
 */
final class MetadataReader {
    /** Keys that may be one text value or a list of them; a single value is remembered in scalarKeys. */
    private static final Set<String> TEXT_OR_LIST = Set.of("language", "base_model", "datasets", "metrics");
    private static final Set<String> EMISSION_KEYS =
            Set.of("emissions", "source", "training_type", "geographical_location", "hardware_used");

    /** What was read. */
    record Read(Metadata metadata, List<String> keys, List<String> scalarKeys) {}

    private final Located at;
    private final boolean lenient;

    private MetadataReader(Located at, boolean lenient) {
        this.at = at;
        this.lenient = lenient;
    }

    static Read read(YNode.Map root, Located at, boolean lenient) {
        return new MetadataReader(at, lenient).run(root);
    }

    private Read run(YNode.Map root) {
        Map<String, Object> f = new LinkedHashMap<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        List<String> scalarKeys = new ArrayList<>();
        for (YNode.Entry e : root.entries()) {
            String k = e.key();
            YNode v = e.value();
            keys.add(k);
            boolean isNull = v instanceof YNode.Scalar s && YamlValues.scalar(s) == null;
            switch (k) {
                case "language", "base_model", "datasets", "metrics", "tags" -> {
                    if (isNull) {
                        break;
                    }
                    if (v instanceof YNode.Scalar && TEXT_OR_LIST.contains(k)) {
                        scalarKeys.add(k);
                    }
                    f.put(k, textList(k, v));
                }
                case "license", "license_name", "license_link", "library_name", "pipeline_tag" -> {
                    if (!isNull) {
                        f.put(k, text(k, v));
                    }
                }
                case "widget" -> {
                    if (!isNull) {
                        f.put(k, widget(v));
                    }
                }
                case "co2_eq_emissions" -> {
                    Emissions em = isNull ? null : emissions(v);
                    if (em != null) {
                        if (v instanceof YNode.Scalar) {
                            scalarKeys.add(k);
                        }
                        f.put(k, em);
                        at.atAll("/metadata/co2_eq_emissions", v);
                    } else {
                        extra.put(k, YamlValues.value(v));
                        at.atAll("/metadata/extra/" + Located.escape(k), v);
                    }
                }
                case "model-index" -> modelIndex(v, isNull, f, extra);
                case "model_name" -> {
                    if (!isNull) {
                        f.put("model_name_key", text(k, v)); // huggingface_hub's model_name argument; model-index wins
                    }
                }
                default -> {
                    extra.put(k, YamlValues.value(v));
                    at.atAll("/metadata/extra/" + Located.escape(k), v);
                }
            }
            if (!k.equals("model-index") && !k.equals("co2_eq_emissions") && !extra.containsKey(k)) {
                at.atAll("/metadata/" + k, v);
            }
        }
        if (!f.containsKey("eval_results") && f.containsKey("model_name_key")) {
            f.put("model_name", f.get("model_name_key"));
        }
        return new Read(build(f, extra), keys, scalarKeys);
    }

    private void modelIndex(YNode v, boolean isNull, Map<String, Object> f, Map<String, Object> extra) {
        if (isNull || (v instanceof YNode.Seq s && s.items().isEmpty())) {
            return; // huggingface_hub ignores an empty model-index
        }
        ModelIndexReader.Result r = ModelIndexReader.read(v, at);
        if (r.problem() == null) {
            f.put("model_name", r.modelName());
            f.put("eval_results", r.results());
            at.at("/metadata/eval_results", v);
            return;
        }
        if (!lenient) {
            at.errors.add(r.problem());
            return;
        }
        Diagnostic p = r.problem();
        at.warnings.add(Diagnostic.warning(p.file(), p.line(), p.column(), p.code(),
                p.message() + " (lenient: the model-index is kept as an unknown key and gives no eval results)"));
        extra.put("model-index", YamlValues.value(v));
        at.atAll("/metadata/extra/model-index", v);
    }

    @SuppressWarnings("unchecked")
    private static Metadata build(Map<String, Object> f, Map<String, Object> extra) {
        return MetadataBuilder.builder().language((List<String>) f.get("language")).license((String) f.get("license"))
                .licenseName((String) f.get("license_name")).licenseLink((String) f.get("license_link"))
                .libraryName((String) f.get("library_name")).tags((List<String>) f.get("tags"))
                .datasets((List<String>) f.get("datasets")).metrics((List<String>) f.get("metrics"))
                .baseModel((List<String>) f.get("base_model")).pipelineTag((String) f.get("pipeline_tag"))
                .modelName((String) f.get("model_name")).widget((List<Map<String, Object>>) f.get("widget"))
                .co2EqEmissions((Emissions) f.get("co2_eq_emissions")).evalResults((List<EvalResult>) f.get("eval_results"))
                .extra(extra).build();
    }

    private String text(String key, YNode v) {
        if (YamlValues.isText(v)) {
            return ((YNode.Scalar) v).text();
        }
        at.error(v, "hf/" + key.replace('_', '-') + "-type", "`" + key + "` must be a single text value"
                + (v instanceof YNode.Scalar ? ": put it in quotes" : ", not a list or mapping"));
        return null;
    }

    private List<String> textList(String key, YNode v) {
        String rule = "hf/" + key.replace('_', '-') + "-type";
        if (v instanceof YNode.Scalar) {
            if (!TEXT_OR_LIST.contains(key)) {
                at.error(v, rule, "`" + key + "` must be a list: write `" + key + ":` followed by `- item` lines, or [item, ...]");
                return null;
            }
            return List.of(text(key, v));
        }
        if (!(v instanceof YNode.Seq s)) {
            at.error(v, rule, "`" + key + "` must be a list of text values, not a mapping");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YNode item : s.items()) {
            if (item instanceof YNode.Scalar sc && YamlValues.scalar(sc) == null) {
                at.error(item, "hf/null-entry", "`" + key + "` has an empty entry: remove it or write a value");
            } else if (YamlValues.isText(item)) {
                out.add(((YNode.Scalar) item).text());
            } else {
                at.error(item, rule, "every `" + key + "` entry must be a text value"
                        + (item instanceof YNode.Scalar ? ": put it in quotes" : ", not a list or mapping"));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> widget(YNode v) {
        if (!(v instanceof YNode.Seq s)) {
            at.error(v, "hf/widget-type", "`widget` must be a list of mappings such as `- text: ...`");
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (YNode item : s.items()) {
            if (item instanceof YNode.Map) {
                out.add((Map<String, Object>) YamlValues.value(item));
            } else if (item instanceof YNode.Scalar sc && YamlValues.scalar(sc) == null) {
                at.error(item, "hf/null-entry", "`widget` has an empty entry: remove it or write a mapping");
            } else {
                at.error(item, "hf/widget-type", "every `widget` entry must be a mapping such as `text: ...`");
            }
        }
        return out;
    }

    /** The typed emissions, or null when the value has a shape the record cannot hold exactly (kept in extra then). */
    private static Emissions emissions(YNode v) {
        if (v instanceof YNode.Scalar s) {
            Object n = YamlValues.scalar(s);
            return n instanceof Double || n instanceof Integer
                    ? EmissionsBuilder.builder().emissions(((Number) n).doubleValue()).build() : null;
        }
        if (!(v instanceof YNode.Map m)) {
            return null;
        }
        Map<String, Object> vals = new LinkedHashMap<>();
        for (YNode.Entry e : m.entries()) {
            Object val = YamlValues.value(e.value());
            boolean ok = EMISSION_KEYS.contains(e.key())
                    && (e.key().equals("emissions") ? val instanceof Double || val instanceof Integer : val instanceof String);
            if (!ok) {
                return null;
            }
            vals.put(e.key(), val);
        }
        Object em = vals.get("emissions");
        return EmissionsBuilder.builder().emissions(em == null ? null : ((Number) em).doubleValue()).source((String) vals.get("source"))
                .trainingType((String) vals.get("training_type")).geographicalLocation((String) vals.get("geographical_location"))
                .hardwareUsed((String) vals.get("hardware_used")).build();
    }
}
