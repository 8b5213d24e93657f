package io.modelcards.validate;

import io.modelcards.card.Emissions;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code hf} pack: what the Hugging Face Hub and huggingface_hub expect of card metadata beyond its types —
 * repository ids, eval-result sources, the model-index name, tag case, emissions in grams, Hub licence ids.
 */
final class HfRules {
    /** A Hub repository id: an optional namespace, then a name; letters, digits, '-', '_' and '.'. */
    private static final Pattern REPO_ID = Pattern.compile("(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}");
    private static final Pattern HUB_URL =
            Pattern.compile("https?://(?:www\\.)?huggingface\\.co/(?:datasets/)?([^/?#\\s]+(?:/[^/?#\\s]+)?)/?.*");

    private HfRules() {}

    static void check(ModelCard card, Findings out) {
        Metadata m = card.metadata();
        entries("language", m.language(), out);
        entries("tags", m.tags(), out);
        entries("datasets", m.datasets(), out);
        entries("metrics", m.metrics(), out);
        entries("base_model", m.baseModel(), out);
        for (int i = 0; i < m.datasets().size(); i++) {
            repoId("datasets", m.datasets().get(i), "/metadata/datasets/" + i, "a dataset", out);
        }
        for (int i = 0; i < m.baseModel().size(); i++) {
            String id = m.baseModel().get(i);
            repoId("base_model", id, "/metadata/base_model/" + i, "a model", out);
            if (id != null && REPO_ID.matcher(id).matches() && !id.contains("/")) {
                out.warning("/metadata/base_model/" + i, "hf/base-model", "base_model \"" + id
                        + "\" has no organisation: write the full id \"org/name\" shown on the model's Hub page");
            }
        }
        for (int i = 0; i < m.tags().size(); i++) {
            String t = m.tags().get(i);
            if (t != null && !t.equals(t.toLowerCase(Locale.ROOT))) {
                out.warning("/metadata/tags/" + i, "hf/tag-case",
                        "tag \"" + t + "\" is not lower-case: write \"" + t.toLowerCase(Locale.ROOT)
                                + "\"; the Hub matches tags in lower case");
            }
        }
        evalResults(m, out);
        if (m.extra().containsKey("model-index")) {
            // A card written by hand may carry a raw model-index; the Hub reads it as it is, so its shape matters.
            ModelIndexShape.check(m.extra().get("model-index"), "/metadata/extra/model-index", out);
            if (!m.evalResults().isEmpty()) {
                out.error("/metadata/extra/model-index", "hf/model-index-shape",
                        "the card has both eval_results and a raw model-index under extra: move the raw results into eval_results");
            }
        }
        emissions(card, out);
        hubLicense(m.license(), out);
        HubShapeRules.check(m, out);
    }

    private static void entries(String key, List<String> values, Findings out) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null) {
                out.error("/metadata/" + key + "/" + i, "hf/empty-entry", key + " entry " + i + " is null: remove it, or write a value");
            } else if (v.isBlank()) {
                out.error("/metadata/" + key + "/" + i, "hf/empty-entry",
                        key + " entry " + i + " is an empty string: remove it, or write a value");
            }
        }
    }

    private static void repoId(String key, String id, String at, String what, Findings out) {
        if (id == null || id.isBlank() || REPO_ID.matcher(id).matches()) {
            return;
        }
        String code = key.equals("datasets") ? "hf/dataset-id" : "hf/base-model";
        Matcher url = HUB_URL.matcher(id.strip());
        // The Hub accepts any text as a dataset (it links only ids); a base model must be an id.
        boolean refused = key.equals("base_model");
        if (url.matches()) {
            report(out, refused, at, code, key + " entry \"" + id + "\" is a URL: write the Hub id \"" + url.group(1) + "\"");
        } else {
            report(out, refused, at, code, key + " entry \"" + id + "\" is not the id of " + what
                    + " on the Hub: write \"org/name\" (letters, digits, '-', '_' and '.'), as in the repository's URL");
        }
    }

    private static void report(Findings out, boolean error, String at, String code, String message) {
        if (error) {
            out.error(at, code, message);
        } else {
            out.warning(at, code, message);
        }
    }

    private static void evalResults(Metadata m, Findings out) {
        List<EvalResult> results = m.evalResults();
        for (int i = 0; i < results.size(); i++) {
            EvalResult r = results.get(i);
            if (r == null) {
                continue;
            }
            String at = "/metadata/eval_results/" + i;
            if (r.sourceName() != null && (r.sourceUrl() == null || r.sourceUrl().isBlank())) {
                out.error(at + "/source_name", "hf/source-url", "eval result " + i
                        + " has source_name but no source_url: add the URL of the page the result comes from, or remove source_name");
            }
            if (r.taskType() != null && !r.taskType().isBlank() && !Vocabulary.get().pipelineTags().contains(r.taskType())) {
                out.warning(at + "/task_type", "hf/task-type",
                        "task_type \"" + r.taskType() + "\" of eval result " + i + " is not a Hub task id: "
                                + Nearest.hint(Nearest.among(r.taskType(), Vocabulary.get().pipelineTags()))
                                + "write a pipeline tag such as \"text-classification\"; the Hub groups results by task id");
            }
        }
        if (!results.isEmpty() && (m.modelName() == null || m.modelName().isBlank())) {
            out.warning("/metadata/model_name", "hf/model-index-name",
                    "eval results have no model name: add model_name, the name model-index shows above the results");
        }
    }

    private static void emissions(ModelCard card, Findings out) {
        Emissions e = card.metadata().co2EqEmissions();
        if (e == null || e.emissions() == null) {
            return;
        }
        double g = e.emissions();
        String at = "/metadata/co2_eq_emissions/emissions";
        if (g < 0) {
            out.error(at, "hf/emissions", "co2_eq_emissions.emissions is negative (" + SchemaRules.format(g)
                    + "): write the grams of CO2-equivalent emitted, 0 or more");
            return;
        }
        Double grams = card.training().energy() == null ? null : card.training().energy().co2Grams();
        if (grams != null && grams > 0 && Math.abs(g * 1000 - grams) <= grams * 0.01) {
            out.warning(at, "hf/emissions-unit", "co2_eq_emissions.emissions " + SchemaRules.format(g)
                    + " looks like kilograms (training.energy.co2_grams is " + SchemaRules.format(grams)
                    + "): the Hub reads grams, write " + SchemaRules.format(grams));
        }
    }

    private static void hubLicense(String license, Findings out) {
        Vocabulary v = Vocabulary.get();
        if (license == null || license.isBlank() || v.isHfLicense(license)) {
            return;
        }
        Optional<String> spdx = v.spdx(license);
        if (spdx.isEmpty()) {
            return; // the schema pack reports unknown licences
        }
        String lower = license.toLowerCase(Locale.ROOT);
        if (v.isHfLicense(lower)) {
            out.warning("/metadata/license", "hf/license-id",
                    "license \"" + license + "\" is written \"" + lower + "\" on the Hub: write that");
        } else {
            out.warning("/metadata/license", "hf/license-id", "license \"" + license
                    + "\" is an SPDX id the Hub does not list: write license: other, license_name: " + lower + " and a license_link");
        }
    }
}
