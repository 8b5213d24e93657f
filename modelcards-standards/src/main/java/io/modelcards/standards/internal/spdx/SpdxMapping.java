package io.modelcards.standards.internal.spdx;

import io.modelcards.standards.MappingRow;
import java.util.List;

/** Where each card field goes in SPDX 3.0.1: the table of {@code --explain} and {@code docs/standards.md}. */
final class SpdxMapping {
    private static final String AI = "ai_AIPackage.";
    private static final String DS = "dataset_DatasetPackage.";

    static final List<MappingRow> ROWS = List.of(
            new MappingRow("/details/developers (else the first /details/owners name, else /details/shared_by)",
                    "Organization.name, " + AI + "suppliedBy, CreationInfo.createdBy", "required (suppliedBy 1..): a card "
                    + "without any of them is refused with spdx/missing-supplier naming /details/developers"),
            new MappingRow("/details/version", AI + "software_packageVersion", "required: a card without it is refused "
                    + "with spdx/missing-version"),
            new MappingRow("/details/date", AI + "releaseTime; " + DS + "releaseTime, builtTime", "required: a day is "
                    + "written as its midnight UTC; without a date (or with free text) the export's time stands in"),
            new MappingRow("/details/repository", AI + "software_downloadLocation", "required: when the card has no URI, "
                    + "SPDX's NoAssertionElement stands in"),
            new MappingRow("(none)", AI + "software_primaryPurpose", "required: always model"),
            new MappingRow("/details/name (else /metadata/model_name)", AI + "name", null),
            new MappingRow("/details/summary", AI + "summary", null),
            new MappingRow("/details/description", AI + "description", null),
            new MappingRow("/details/model_type", AI + "ai_typeOfModel[]", null),
            new MappingRow("/metadata/pipeline_tag", AI + "ai_domain[]", null),
            new MappingRow("/metadata/license", "simplelicensing_LicenseExpression and a hasDeclaredLicense Relationship",
                    "when the Hugging Face id has an SPDX id; otherwise reported as not carried"),
            new MappingRow("/uses/direct_use", AI + "ai_informationAboutApplication", null),
            new MappingRow("/training/procedure", AI + "ai_informationAboutTraining", null),
            new MappingRow("/training/preprocessing", AI + "ai_modelDataPreprocessing[]", null),
            new MappingRow("/training/hyperparameters/all", AI + "ai_hyperparameter[] (DictionaryEntry)", "values as text "
                    + "(JSON for non-text values)"),
            new MappingRow("/training/energy/kwh", AI + "ai_energyConsumption.ai_trainingEnergyConsumption[] (kilowattHour)",
                    "ai_finetuningEnergyConsumption when co2_eq_emissions.training_type says fine-tuning"),
            new MappingRow("/evaluation/quantitative", AI + "ai_metric[] (DictionaryEntry)", "key: metric, slice and "
                    + "dataset (split); value: the number as text. Confidence intervals, level, direction and primary are "
                    + "not carried"),
            new MappingRow("/considerations/bias_risks_limitations", AI + "ai_limitation", null),
            new MappingRow("/governance/risk", AI + "ai_safetyRiskAssessment", "high, medium, low; unknown is left out"),
            new MappingRow("/datasets/*", DS + " and a Relationship from the AIPackage", "trainedOn for training roles, "
                    + "testedOn for evaluation, test and validation roles, other otherwise"),
            new MappingRow("/datasets/*/name", DS + "name", "dataset-N when empty"),
            new MappingRow("/datasets/*/revision", DS + "software_packageVersion", null),
            new MappingRow("/datasets/*/source_uri", DS + "software_downloadLocation", "required: NoAssertionElement when "
                    + "it is no URI"),
            new MappingRow("/datasets/*/content_hash", DS + "verifiedUsing[] (Hash sha256)", "when it is sha256:<64 hex>"),
            new MappingRow("/datasets/*/bytes", DS + "dataset_datasetSize", null),
            new MappingRow("/datasets/*/role", DS + "dataset_intendedUse", null),
            new MappingRow("/datasets/*/statistics/columns/*/type", DS + "dataset_datasetType[]", "required: text, numeric, "
                    + "categorical, other; noAssertion without a profile"),
            new MappingRow("(none)", DS + "originatedBy", "required (exactly 1): the card names no dataset originator, so "
                    + "the model's supplier stands in"),
            new MappingRow("every other field", null, "not carried; each one present is reported by the export"));

    private SpdxMapping() {}
}
