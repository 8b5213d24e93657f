package io.modelcards.standards.internal.sagemaker;

import io.modelcards.standards.MappingRow;
import java.util.List;

/** Where each card field goes in SageMaker model card content; the exporter, the importer and the docs follow it. */
final class SageMakerMapping {
    static final String HP = "training_details.training_job_details.hyper_parameters[]";
    static final String USER_HP = "training_details.training_job_details.user_provided_hyper_parameters[]";

    static final List<MappingRow> ROWS = List.of(
            row("/details/name", "additional_information.custom_details.model_name", "the content schema has no name field; "
                    + "with --status the name, made a valid card name, is also ModelCardName"),
            row("/details/version", "additional_information.custom_details.model_version", "the content has no version field"),
            row("/metadata/license", "additional_information.custom_details.license", "the content has no license field"),
            row("/details/summary", "model_overview.model_description", "at most 1024 characters; longer text is cut and reported"),
            row("/details/developers", "model_overview.model_creator", "at most 1024 characters"),
            row("/details/owners/*/name", "model_overview.model_owner", "owners as `name <contact>` joined by `; `, at most 1024 "
                    + "characters"),
            row("/details/owners/*/contact", "model_overview.model_owner", "see name"),
            row("/details/artifact", "model_overview.model_artifact[]", "the saved model's content hash; at most 15 artifacts"),
            row("/details/architecture", "model_overview.algorithm_type", "at most 1024 characters"),
            row("/details/model_type", "model_overview.problem_type", ""),
            row("/details/*", null, "SageMaker's model overview has no place for it"),
            row("/uses/direct_use", "intended_uses.intended_uses", "at most 2048 characters"),
            row("/uses", null, "SageMaker's intended uses hold one text of uses"),
            row("/governance/risk", "intended_uses.risk_rating", "High, Medium or Low; unknown is left out (SageMaker's Unknown "
                    + "reads back as unknown)"),
            row("/governance/risk_rationale", "intended_uses.explanations_for_risk_rating", "at most 2048 characters"),
            row("/governance/business_context", "business_details.business_problem", "at most 2048 characters"),
            row("/governance/custom_fields/*", "additional_information.custom_details.*", "as text of at most 1024 characters; "
                    + "other than text is written as JSON and reported"),
            row("/training/procedure", "training_details.training_observations", "at most 1024 characters"),
            row("/training/hyperparameters/all/*", HP + " or " + USER_HP, "captured values to hyper_parameters, values a person "
                    + "wrote (provenance human) to user_provided_hyper_parameters; value as text of at most 255 characters; at most "
                    + "100 per list"),
            row("/training/log/*/metrics/*", "training_details.training_job_details.training_metrics[] or "
                    + "user_provided_training_metrics[]", "the last logged step only, its step and epoch in notes; by provenance "
                    + "as hyperparameters are; at most 50 per list"),
            row("/training/log/*/step", "training_details.training_job_details.training_metrics[].notes", "last step only"),
            row("/training/log/*/epoch", "training_details.training_job_details.training_metrics[].notes", "last step only"),
            row("/training/log/*", null, "SageMaker keeps the values of one step: earlier steps are left out"),
            row("/training", null, "SageMaker's training details have no place for it"),
            row("/datasets/*/source_uri", "training_details.training_job_details.training_datasets[]", "training datasets only, "
                    + "read back with role training; at most 15"),
            row("/datasets/*/role", "training_details.training_job_details.training_datasets[]", "training only"),
            row("/datasets", null, "SageMaker lists training dataset locations only"),
            row("/evaluation/quantitative/*/dataset", "evaluation_details[].name", "one evaluation per dataset and split, named "
                    + "`dataset/split` (at most 63 characters)"),
            row("/evaluation/quantitative/*/split", "evaluation_details[].name", "see dataset"),
            row("/evaluation/quantitative/*/slice", "evaluation_details[].metric_groups[].name", "one group per slice, named "
                    + "`feature=value, …` or `all` (at most 63 characters)"),
            row("/evaluation/quantitative/*/metric", "evaluation_details[].metric_groups[].metric_data[].name", "a simple_metric "
                    + "of type number"),
            row("/evaluation/quantitative/*/value", "evaluation_details[].metric_groups[].metric_data[].value", "finite numbers only"),
            row("/evaluation/quantitative/*/evaluator", "evaluation_details[].metric_groups[].metric_data[].notes",
                    "with the interval, level, direction and primary flag as `key=value; …`"),
            row("/evaluation/quantitative/*/ci_low", "evaluation_details[].metric_groups[].metric_data[].notes", "see evaluator"),
            row("/evaluation/quantitative/*/ci_high", "evaluation_details[].metric_groups[].metric_data[].notes", "see evaluator"),
            row("/evaluation/quantitative/*/ci_level", "evaluation_details[].metric_groups[].metric_data[].notes", "see evaluator"),
            row("/evaluation/quantitative/*/higher_is_better", "evaluation_details[].metric_groups[].metric_data[].notes",
                    "see evaluator"),
            row("/evaluation/quantitative/*/primary", "evaluation_details[].metric_groups[].metric_data[].notes", "see evaluator"),
            row("/evaluation", null, "SageMaker's evaluation details carry metric values; the evaluation text has no place"),
            row("/considerations/ethical_considerations/*/name", "additional_information.ethical_considerations",
                    "one `name: mitigation` line per risk, at most 2048 characters"),
            row("/considerations/ethical_considerations/*/mitigation", "additional_information.ethical_considerations",
                    "see name"),
            row("/considerations/caveats", "additional_information.caveats_and_recommendations", "at most 2048 characters"),
            row("/considerations", null, "SageMaker's additional information has one text for caveats"),
            row("/metadata", null, "SageMaker has no Hugging Face metadata; only the license is carried"),
            row("/sections", null, "SageMaker has no free sections"));

    private SageMakerMapping() {}

    private static MappingRow row(String card, String format, String note) {
        return new MappingRow(card, format, note);
    }
}
