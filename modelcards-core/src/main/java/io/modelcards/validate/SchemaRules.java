package io.modelcards.validate;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.RiskRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code schema} pack: required eval-result fields, value types, and the controlled vocabularies (licences,
 * languages, pipeline tags, libraries, risk ratings).
 */
final class SchemaRules {
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    private SchemaRules() {}

    static void check(ModelCard card, Findings out) {
        Metadata m = card.metadata();
        license(m, out);
        for (int i = 0; i < m.language().size(); i++) {
            String lang = m.language().get(i);
            if (lang != null && !lang.isBlank()) {
                LanguageTag.check(lang, "/metadata/language/" + i, out);
            }
        }
        pipelineTag(m.pipelineTag(), out);
        library(m.libraryName(), out);
        for (int i = 0; i < m.evalResults().size(); i++) {
            evalResult(m.evalResults().get(i), i, out);
        }
        for (int i = 0; i < card.evaluation().quantitative().size(); i++) {
            interval(card.evaluation().quantitative().get(i), "/evaluation/quantitative/" + i, out);
        }
        for (int i = 0; i < card.datasets().size(); i++) {
            dataset(card.datasets().get(i), "/datasets/" + i, out);
        }
        if (card.training().energy() != null) {
            nonNegative(card.training().energy().kwh(), "/training/energy/kwh", out);
            nonNegative(card.training().energy().co2Grams(), "/training/energy/co2_grams", out);
            nonNegative(card.training().energy().hoursUsed(), "/training/energy/hours_used", out);
        }
        risk(card, out);
        for (String key : card.provenance().origins().keySet()) {
            if (!key.isEmpty() && !key.startsWith("/")) {
                out.error("/provenance/origins/" + Findings.segment(key), "schema/provenance-pointer",
                        "provenance key \"" + key + "\" is not a JSON Pointer: write it as \"/" + key.replace('.', '/') + "\"");
            }
        }
    }

    private static void license(Metadata m, Findings out) {
        String l = m.license();
        Vocabulary v = Vocabulary.get();
        if (l != null) {
            if (l.isBlank()) {
                out.error("/metadata/license", "schema/license",
                        "license is empty: write a licence id such as \"apache-2.0\", or remove the key");
                return;
            }
            if (!v.isHfLicense(l) && v.spdx(l).isEmpty()) {
                List<String> ids = new ArrayList<>(v.hfLicenses());
                ids.addAll(v.spdxIds());
                out.error("/metadata/license", "schema/license", "unknown license \"" + l + "\": " + Nearest.hint(Nearest.among(l, ids))
                        + "use a Hugging Face or SPDX licence id, or \"other\" with license_name and license_link");
            }
        }
        if ("other".equals(l)) {
            if (m.licenseName() == null || m.licenseName().isBlank()) {
                out.warning("/metadata/license", "schema/license-other",
                        "license \"other\" needs license_name: add a short lower-case id for the licence, e.g. \"acme-model-license-1.0\"");
            }
            if (m.licenseLink() == null || m.licenseLink().isBlank()) {
                out.warning("/metadata/license", "schema/license-other",
                        "license \"other\" needs license_link: add the URL of the licence text,"
                                + " or the path of a LICENSE file in the repository");
            }
        } else {
            if (m.licenseName() != null) {
                out.warning("/metadata/license_name", "schema/license-other",
                        "license_name is only read when license is \"other\": remove it, or set license: other");
            }
            if (m.licenseLink() != null) {
                out.warning("/metadata/license_link", "schema/license-other",
                        "license_link is only read when license is \"other\": remove it, or set license: other");
            }
        }
    }

    private static void pipelineTag(String tag, Findings out) {
        if (tag != null && !Vocabulary.get().pipelineTags().contains(tag)) {
            out.error("/metadata/pipeline_tag", "schema/pipeline-tag", "unknown pipeline_tag \"" + tag + "\": "
                    + Nearest.hint(Nearest.among(tag, Vocabulary.get().pipelineTags()))
                    + "use a Hugging Face task id such as \"text-classification\"");
        }
    }

    private static void library(String name, Findings out) {
        if (name == null || Vocabulary.get().libraries().contains(name)) {
            return;
        }
        Optional<String> sameIgnoringCase = Vocabulary.get().library(name);
        if (sameIgnoringCase.isPresent()) {
            out.warning("/metadata/library_name", "schema/library-name",
                    "library_name \"" + name + "\" is spelled \"" + sameIgnoringCase.get() + "\" on the Hub: write that");
            return;
        }
        out.warning("/metadata/library_name", "schema/library-name", "library_name \"" + name + "\" is not a library the Hub knows: "
                + Nearest.hint(Nearest.among(name, Vocabulary.get().libraries()))
                + "the card is still valid, but the Hub shows no code snippet for it");
    }

    private static void evalResult(EvalResult r, int i, Findings out) {
        String at = "/metadata/eval_results/" + i;
        if (r == null) {
            out.error(at, "schema/eval-required", "eval result " + i + " is null: remove it or fill it in");
            return;
        }
        required(r.taskType(), at, i, "task_type", "the task's Hub id, e.g. \"text-classification\"", out);
        required(r.datasetType(), at, i, "dataset_type", "the dataset's Hub id, e.g. \"imdb\"", out);
        required(r.datasetName(), at, i, "dataset_name", "a readable dataset name, e.g. \"IMDb\"", out);
        required(r.metricType(), at, i, "metric_type", "the metric's id, e.g. \"accuracy\"", out);
        Object v = r.metricValue();
        if (v == null || (v instanceof String s && s.isBlank())) {
            out.error(at + "/metric_value", "schema/eval-required",
                    "eval result " + i + " has no metric_value: add the measured value, a number such as 0.91");
        } else if (!(v instanceof Number) && !(v instanceof String)) {
            out.error(at + "/metric_value", "schema/eval-type", "metric_value of eval result " + i + " must be a number or a string, not "
                    + kind(v) + ": write the measured value, e.g. 0.91");
        }
    }

    private static void required(String value, String at, int i, String field, String what, Findings out) {
        if (value == null || value.isBlank()) {
            out.error(at + "/" + field, "schema/eval-required", "eval result " + i + " has no " + field + ": add " + what);
        }
    }

    private static String kind(Object v) {
        if (v instanceof Boolean) {
            return "a boolean";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Map<?, ?>) {
            return "a mapping";
        }
        return "a " + v.getClass().getSimpleName();
    }

    private static void interval(QuantitativeResult q, String at, Findings out) {
        if (q == null) {
            return;
        }
        if (q.ciLow() != null && q.ciHigh() != null) {
            if (q.ciLow() > q.ciHigh()) {
                out.error(at + "/ci_low", "schema/confidence-interval",
                        "ci_low " + format(q.ciLow()) + " is above ci_high " + format(q.ciHigh()) + ": swap them");
            } else if (q.value() < q.ciLow() || q.value() > q.ciHigh()) {
                out.warning(at + "/value", "schema/confidence-interval", "value " + format(q.value())
                        + " lies outside its confidence interval [" + format(q.ciLow()) + ", " + format(q.ciHigh())
                        + "]: check the value and the bounds");
            }
        }
        if (q.ciLevel() != null && (q.ciLevel() <= 0 || q.ciLevel() >= 1)) {
            out.error(at + "/ci_level", "schema/confidence-interval",
                    "ci_level " + format(q.ciLevel()) + " must lie between 0 and 1: write e.g. 0.95 for a 95 % interval");
        }
    }

    private static void dataset(DatasetInfo d, String at, Findings out) {
        if (d == null) {
            return;
        }
        if (d.contentHash() != null && !SHA256.matcher(d.contentHash()).matches()) {
            out.error(at + "/content_hash", "schema/content-hash", "content_hash \"" + d.contentHash()
                    + "\" is not \"sha256:\" followed by 64 lower-case hex digits: write the SHA-256 of the data in that form");
        }
        nonNegative(d.rows() == null ? null : d.rows().doubleValue(), at + "/rows", out);
        nonNegative(d.bytes() == null ? null : d.bytes().doubleValue(), at + "/bytes", out);
    }

    private static void nonNegative(Double value, String at, Findings out) {
        if (value != null && value < 0) {
            String field = at.substring(at.lastIndexOf('/') + 1);
            out.error(at, "schema/non-negative", field + " is negative (" + format(value) + "): write a value of 0 or more");
        }
    }

    private static void risk(ModelCard card, Findings out) {
        RiskRating r = card.governance().risk();
        if (r != RiskRating.UNKNOWN && !Completeness.isFilled(card.governance().riskRationale())) {
            out.warning("/governance/risk", "schema/risk-rationale", "risk is rated " + r.text()
                    + " without a reason: write governance.risk_rationale, why the rating is " + r.text());
        }
    }

    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
