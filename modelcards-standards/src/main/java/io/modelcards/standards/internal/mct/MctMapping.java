package io.modelcards.standards.internal.mct;

import io.modelcards.standards.MappingRow;
import java.util.List;

/** Where each card field goes in a Model Card Toolkit 0.0.2 card; the exporter, the importer and the docs follow it. */
final class MctMapping {
    static final String DOWNSTREAM = "Downstream use: ";
    static final String OUT_OF_SCOPE = "Out-of-scope use: ";
    static final String RECOMMENDATIONS = "Recommendations: ";
    static final String CAVEATS = "Caveats: ";

    static final List<MappingRow> ROWS = List.of(
            row("/details/name", "model_details.name", ""),
            row("/details/summary", "model_details.overview", ""),
            row("/details/description", "model_details.documentation", ""),
            row("/details/owners/*/name", "model_details.owners[].name", ""),
            row("/details/owners/*/contact", "model_details.owners[].contact", ""),
            row("/details/version", "model_details.version.name", ""),
            row("/details/date", "model_details.version.date", "only an ISO date (YYYY-MM-DD); other text is reported"),
            row("/metadata/license", "model_details.licenses[].identifier", "the SPDX id or Hugging Face license name"),
            row("/details/references/*", "model_details.references[].reference", "absolute URIs only; other text is reported"),
            row("/details/citations/*/bibtex", "model_details.citations[].citation", "style `bibtex`"),
            row("/details/citations/*/key", "model_details.citations[].citation", "read back from the BibTeX entry"),
            row("/details/citations/*/apa", "model_details.citations[].citation",
                    "style `apa`, right after the citation's BibTeX entry"),
            row("/details/citations/*/component", null, "MCT citations have no component"),
            row("/details/architecture", "model_parameters.model_architecture", ""),
            row("/details/*", null, "MCT model_details has no place for it"),
            row("/datasets/*/name", "model_parameters.data[].name", ""),
            row("/datasets/*/source_uri", "model_parameters.data[].link", "absolute URIs only; other text is reported"),
            row("/datasets/*/role", "model_parameters.data[].description",
                    "with split, rows, bytes, revision and content hash, as `role: training; split: train; …`"),
            row("/datasets/*/split", "model_parameters.data[].description", "see role"),
            row("/datasets/*/rows", "model_parameters.data[].description", "see role"),
            row("/datasets/*/bytes", "model_parameters.data[].description", "see role"),
            row("/datasets/*/revision", "model_parameters.data[].description", "see role"),
            row("/datasets/*/content_hash", "model_parameters.data[].description", "see role"),
            row("/datasets/*/statistics/privacy/*/kind", "model_parameters.data[].sensitive.sensitive_data[]",
                    "one line per privacy finding: `email in column contact (3 values)`"),
            row("/datasets/*/statistics/privacy/*/column", "model_parameters.data[].sensitive.sensitive_data[]", "see kind"),
            row("/datasets/*/statistics/privacy/*/count", "model_parameters.data[].sensitive.sensitive_data[]", "see kind"),
            row("/datasets/*/statistics/privacy/*/locations", null, "MCT sensitive data has no locations"),
            row("/datasets/*/statistics", null, "MCT datasets have no column statistics; only privacy findings are carried"),
            row("/evaluation/quantitative/*/metric", "quantitative_analysis.performance_metrics[].type", ""),
            row("/evaluation/quantitative/*/value", "quantitative_analysis.performance_metrics[].value",
                    "as text: the shortest form that reads back as the same number"),
            row("/evaluation/quantitative/*/slice", "quantitative_analysis.performance_metrics[].slice",
                    "`feature=value` pairs joined by `, `"),
            row("/evaluation/quantitative/*/ci_low", "quantitative_analysis.performance_metrics[].confidence_interval.lower_bound",
                    "as text"),
            row("/evaluation/quantitative/*/ci_high", "quantitative_analysis.performance_metrics[].confidence_interval.upper_bound",
                    "as text"),
            row("/evaluation/quantitative/*", null, "MCT performance metrics have no dataset, split, evaluator, level, "
                    + "direction or primary flag"),
            row("/evaluation", null, "MCT has no evaluation text; only the metric values are carried"),
            row("/uses/primary_users", "considerations.users[].description", ""),
            row("/uses/direct_use", "considerations.use_cases[].description", ""),
            row("/uses/downstream_use", "considerations.use_cases[].description", "prefixed `" + DOWNSTREAM + "`"),
            row("/uses/out_of_scope_use", "considerations.limitations[].description", "prefixed `" + OUT_OF_SCOPE + "`"),
            row("/considerations/bias_risks_limitations", "considerations.limitations[].description", ""),
            row("/considerations/recommendations", "considerations.limitations[].description",
                    "prefixed `" + RECOMMENDATIONS + "`"),
            row("/considerations/caveats", "considerations.limitations[].description", "prefixed `" + CAVEATS + "`"),
            row("/considerations/ethical_considerations/*/name", "considerations.ethical_considerations[].name", ""),
            row("/considerations/ethical_considerations/*/mitigation",
                    "considerations.ethical_considerations[].mitigation_strategy", ""),
            row("/metadata", null, "MCT has no Hugging Face metadata; only the license is carried"),
            row("/training", null, "MCT has no training section (hyperparameters, curve, environment, energy); "
                    + "the curve's chart is not written as a graphic"),
            row("/governance", null, "MCT has no governance section"),
            row("/sections", null, "MCT has no free sections"));

    private MctMapping() {}

    private static MappingRow row(String card, String format, String note) {
        return new MappingRow(card, format, note);
    }
}
