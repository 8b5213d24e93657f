package io.modelcards.standards.internal.sagemaker;

import io.modelcards.standards.internal.mct.JsonInput;
import java.util.Map;
import java.util.Set;

/** The members SageMaker's content schema allows in each object (all of them are closed), checked before reading. */
final class SageMakerShape {
    private static final String ADVICE = "SageMaker's content schema does not allow it: remove it or check its spelling";
    private static final Map<String, Set<String>> KNOWN = Map.of(
            "", Set.of("model_overview", "intended_uses", "business_details", "training_details", "evaluation_details",
                    "additional_information"),
            "/model_overview", Set.of("model_description", "model_creator", "model_artifact", "algorithm_type", "problem_type",
                    "model_owner"),
            "/intended_uses", Set.of("purpose_of_model", "intended_uses", "factors_affecting_model_efficiency", "risk_rating",
                    "explanations_for_risk_rating"),
            "/business_details", Set.of("business_problem", "business_stakeholders", "line_of_business"),
            "/training_details", Set.of("objective_function", "training_observations", "training_job_details"),
            "/training_details/training_job_details", Set.of("training_arn", "training_datasets", "training_environment",
                    "training_metrics", "user_provided_training_metrics", "hyper_parameters", "user_provided_hyper_parameters"),
            "/additional_information", Set.of("ethical_considerations", "caveats_and_recommendations", "custom_details"));

    private static final Set<String> EVALUATION = Set.of("name", "evaluation_observation", "evaluation_job_arn", "datasets",
            "metadata", "metric_groups");

    private SageMakerShape() {}

    static void check(JsonInput in) {
        KNOWN.keySet().stream().sorted().forEach(pointer -> {
            if (pointer.isEmpty() || in.isObject(pointer)) {
                in.onlyKnown(pointer, KNOWN.get(pointer), ADVICE);
            }
        });
        for (int i = 0; i < in.size("/evaluation_details"); i++) {
            if (in.isObject("/evaluation_details/" + i)) {
                in.onlyKnown("/evaluation_details/" + i, EVALUATION, ADVICE);
            }
        }
    }
}
