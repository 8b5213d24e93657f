package io.modelcards.hf;

import io.modelcards.card.Emissions;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Metadata;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the front matter mapping into {@link Metadata}: it loads whatever huggingface_hub loads. Known keys are typed
 * where their field can hold the value; a value written in another shape than its field writes (a one-item list, a
 * number for {@code co2_eq_emissions}, an empty model-index) is also kept as written in {@code extra}, and a value the
 * field cannot hold (a licence list, a widget mapping) only there; see {@link HubShapes}. Unknown keys go to
 * {@code extra} in order, read as PyYAML reads them. Judging odd shapes is left to validate. An invalid
 * {@code model-index} is an error, or under {@code lenient} a warning, and then its raw value is kept in {@code extra}.
 */
final class MetadataReader {
    /** Keys that may be one text value or a list of them; a single value is remembered in scalarKeys. */
    private static final Set<String> TEXT_OR_LIST = Set.of("language", "base_model", "datasets", "metrics");

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
        Map<String, Object> written = new LinkedHashMap<>();
        Map<String, YNode> nodes = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        List<String> scalarKeys = new ArrayList<>();
        for (YNode.Entry e : root.entries()) {
            String k = e.key();
            YNode v = e.value();
            keys.add(k);
            boolean isNull = v instanceof YNode.Scalar s && YamlValues.scalar(s) == null;
            if (HubShapes.SHAPED_KEYS.contains(k)) {
                if (isNull) {
                    continue; // huggingface_hub drops a key whose value is null
                }
                // Language codes keep their text (`no` is Norwegian, not false); every other value is read as PyYAML reads it.
                Object raw = k.equals("language") ? YamlValues.value(v) : YamlValues.pyValue(v);
                if (k.equals("tags") && raw instanceof List<?> l) {
                    raw = new ArrayList<>(new LinkedHashSet<>(l)); // huggingface_hub makes tags unique as it reads them
                }
                Object typed = HubShapes.typed(k, raw);
                if (v instanceof YNode.Scalar && (TEXT_OR_LIST.contains(k) || k.equals("co2_eq_emissions")) && typed != null) {
                    scalarKeys.add(k);
                }
                if (typed == null) {
                    extra.put(k, raw); // huggingface_hub loads it; validate judges it
                    at.atAll("/metadata/extra/" + Located.escape(k), v);
                } else {
                    f.put(k, typed);
                    written.put(k, raw);
                    nodes.put(k, v);
                    at.atAll("/metadata/" + k, v);
                }
                continue;
            }
            switch (k) {
                case "model-index" -> modelIndex(v, isNull, f, extra);
                case "model_name" -> {
                    if (!isNull) {
                        f.put("model_name_key", text(k, v)); // huggingface_hub's model_name argument; model-index wins
                        at.atAll("/metadata/model_name", v);
                    }
                }
                default -> {
                    extra.put(k, YamlValues.pyValue(v));
                    at.atAll("/metadata/extra/" + Located.escape(k), v);
                }
            }
        }
        if (!f.containsKey("eval_results") && f.containsKey("model_name_key")) {
            f.put("model_name", f.get("model_name_key"));
        }
        // Remember the written shape of every value the typed field would write in another shape.
        Map<String, Object> plain = HfMetadata.toDict(build(f, extra));
        written.forEach((k, raw) -> {
            if (!Objects.equals(plain.get(k), raw)) { // tells 3 from 3.0, [en] from en, and keeps empty items
                extra.put(k, raw);
                at.atAll("/metadata/extra/" + Located.escape(k), nodes.get(k));
            }
        });
        List<String> plainScalars = new ArrayList<>();
        for (YNode.Entry e : root.entries()) {
            if (extra.containsKey(e.key())) {
                plainScalars("/" + Located.escape(e.key()), e.value(), plainScalars);
            }
        }
        return new Read(build(f, extra).withPlainScalars(plainScalars), keys, scalarKeys);
    }

    /** Adds the pointer of every plain scalar under {@code n} that PyYAML reads as a value JSON cannot hold. */
    private static void plainScalars(String pointer, YNode n, List<String> out) {
        if (n instanceof YNode.Scalar s) {
            if (s.plain() && s.tag() == null && PyYamlScalars.readsAsNonJson(s.text())) {
                out.add(pointer);
            }
        } else if (n instanceof YNode.Seq q) {
            for (int i = 0; i < q.items().size(); i++) {
                plainScalars(pointer + "/" + i, q.items().get(i), out);
            }
        } else if (n instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                plainScalars(pointer + "/" + Located.escape(e.key()), e.value(), out);
            }
        }
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
            if (r.results().isEmpty()) {
                // No results yet (what the transformers Trainer writes before evaluating): the card has no field for an
                // empty model-index, so it is kept as written and written back while the card has no eval results.
                extra.put("model-index", YamlValues.pyValue(v));
                at.atAll("/metadata/extra/model-index", v);
            }
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
}
