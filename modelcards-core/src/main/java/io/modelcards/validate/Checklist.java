package io.modelcards.validate;

import static io.modelcards.validate.Completeness.isFilled;

import io.modelcards.card.Environment;
import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import io.modelcards.validate.CompletenessReport.Part;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The sections and fields the completeness score counts, with who fills each and what to write. */
final class Checklist {
    private Checklist() {}

    record FieldSpec(String pointer, String label, Part part, Predicate<ModelCard> filled, String hint) {}

    record SectionSpec(String name, List<FieldSpec> fields) {}

    private static FieldSpec auto(String pointer, String label, Predicate<ModelCard> filled, String hint) {
        return new FieldSpec(pointer, label, Part.AUTO, filled, hint);
    }

    private static FieldSpec human(String pointer, String label, Predicate<ModelCard> filled, String hint) {
        return new FieldSpec(pointer, label, Part.HUMAN, filled, hint);
    }

    private static SectionSpec section(String name, FieldSpec... fields) {
        return new SectionSpec(name, Arrays.asList(fields));
    }

    static final List<SectionSpec> SECTIONS = List.of(
            section("Model Details",
                    auto("/details/name", "details.name", c -> isFilled(c.details().name()), "the model's name or Hub id"),
                    human("/details/summary", "details.summary", c -> isFilled(c.details().summary()),
                            "one paragraph on what the model does"),
                    human("/details/developers", "details.developers", c -> isFilled(c.details().developers()), "who developed the model"),
                    auto("/details/model_type", "details.model_type", c -> isFilled(c.details().modelType()),
                            "the kind of model, e.g. \"text classifier\""),
                    auto("/details/architecture", "details.architecture", c -> isFilled(c.details().architecture()),
                            "the architecture and training objective"),
                    auto("/details/version", "details.version", c -> isFilled(c.details().version()), "the model's version"),
                    human("/metadata/license", "metadata.license", c -> isFilled(c.metadata().license()),
                            "a licence id such as apache-2.0"),
                    human("/details/owners", "details.owners", c -> isFilled(c.details().owners()),
                            "who owns the model and how to reach them")),
            section("Uses",
                    human("/uses/direct_use", "uses.direct_use", c -> isFilled(c.uses().directUse()),
                            "how the model is used as it is, and by whom"),
                    human("/uses/downstream_use", "uses.downstream_use", c -> isFilled(c.uses().downstreamUse()),
                            "how it is used when fine-tuned or built into a larger system"),
                    human("/uses/out_of_scope_use", "uses.out_of_scope_use", c -> isFilled(c.uses().outOfScopeUse()),
                            "uses it does not work for or must not be put to"),
                    human("/uses/primary_users", "uses.primary_users", c -> isFilled(c.uses().primaryUsers()),
                            "who the intended users are")),
            section("Bias, Risks & Limitations",
                    human("/considerations/bias_risks_limitations", "considerations.bias_risks_limitations",
                            c -> isFilled(c.considerations().biasRisksLimitations()), "the known biases, risks and limitations"),
                    human("/considerations/recommendations", "considerations.recommendations",
                            c -> isFilled(c.considerations().recommendations()), "what users should do about those risks"),
                    human("/considerations/ethical_considerations", "considerations.ethical_considerations",
                            c -> c.considerations().ethicalConsiderations().stream().anyMatch(r -> r != null && isFilled(r.name())),
                            "each ethical risk with its mitigation")),
            section("Training",
                    human("/training/training_data", "training.training_data", c -> isFilled(c.training().trainingData()),
                            "what data the model was trained on"),
                    auto("/datasets", "datasets", c -> c.datasets().stream().anyMatch(d -> d != null && isFilled(d.name())),
                            "the datasets used, with source and revision or content hash"),
                    auto("/training/hyperparameters", "training.hyperparameters", c -> isFilled(c.training().hyperparameters().all()),
                            "the training hyperparameters"),
                    auto("/training/log", "training.log", c -> !c.training().log().isEmpty(),
                            "the training curve, one row per logged step"),
                    auto("/training/environment", "training.environment", c -> hasEnvironment(c.training().environment()),
                            "the hardware and software used for training")),
            section("Evaluation",
                    human("/evaluation/testing_data", "evaluation.testing_data", c -> isFilled(c.evaluation().testingData()),
                            "the evaluation data and why it was chosen"),
                    human("/evaluation/factors", "evaluation.factors", c -> isFilled(c.evaluation().factors()),
                            "the groups and conditions results are broken down by"),
                    human("/evaluation/metrics", "evaluation.metrics", c -> isFilled(c.evaluation().metrics()),
                            "the metrics and why they were chosen"),
                    auto("/metadata/eval_results", "metadata.eval_results",
                            c -> !c.metadata().evalResults().isEmpty() || !c.evaluation().quantitative().isEmpty(),
                            "the measured results, in eval_results or evaluation.quantitative")),
            section("Environmental Impact",
                    auto("/metadata/co2_eq_emissions", "metadata.co2_eq_emissions",
                            c -> (c.metadata().co2EqEmissions() != null && c.metadata().co2EqEmissions().emissions() != null)
                                    || (c.training().energy() != null && c.training().energy().co2Grams() != null),
                            "the grams of CO2-equivalent emitted by training"),
                    auto("/training/energy", "training.energy", c -> c.training().energy() != null && c.training().energy().kwh() != null,
                            "the energy used in kWh and the method that measured it")),
            section("Citation",
                    auto("/details/citations", "details.citations",
                            c -> c.details().citations().stream().anyMatch(x -> x != null && isFilled(x.bibtex())),
                            "BibTeX entries for the model and the methods it builds on")),
            section("Governance",
                    human("/governance/risk", "governance.risk", c -> c.governance().risk() != RiskRating.UNKNOWN,
                            "a risk rating: high, medium or low"),
                    human("/governance/risk_rationale", "governance.risk_rationale", c -> isFilled(c.governance().riskRationale()),
                            "why the risk has that rating"),
                    human("/governance/business_context", "governance.business_context", c -> isFilled(c.governance().businessContext()),
                            "the business problem and who is affected")));

    private static boolean hasEnvironment(Environment e) {
        return e != null && (isFilled(e.jvm()) || isFilled(e.os()) || isFilled(e.cpu()) || isFilled(e.gpu()) || isFilled(e.libraries()));
    }
}
