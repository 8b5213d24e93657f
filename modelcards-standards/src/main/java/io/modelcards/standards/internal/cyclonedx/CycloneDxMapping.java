package io.modelcards.standards.internal.cyclonedx;

import io.modelcards.standards.MappingRow;
import java.util.List;

/** Where each card field goes in a CycloneDX BOM: the table of {@code --explain} and {@code docs/standards.md}. */
final class CycloneDxMapping {
    private static final String MODEL = "components[model].";
    private static final String CARD = MODEL + "modelCard.";
    private static final String PROPS = MODEL + "properties[modelcards:<pointer>]";

    static final List<MappingRow> ROWS = List.of(
            new MappingRow("/details/name", MODEL + "name", "required by CycloneDX: an empty name is written as \"model\" "
                    + "with the property modelcards:stand-in=/details/name, and read back as empty"),
            new MappingRow("/details/version", MODEL + "version", null),
            new MappingRow("/details/description", MODEL + "description", null),
            new MappingRow("/details/repository", MODEL + "externalReferences[type=vcs].url", "when it is an absolute URI; "
                    + "otherwise a property"),
            new MappingRow("/metadata/license", MODEL + "licenses[0].license.id or .name",
                    "the SPDX id when the Hugging Face id has one (apache-2.0 → Apache-2.0), else the id as the licence name"),
            new MappingRow("/metadata/tags", MODEL + "tags", null),
            new MappingRow("/metadata/pipeline_tag", CARD + "modelParameters.task", null),
            new MappingRow("/details/model_type", CARD + "modelParameters.architectureFamily", null),
            new MappingRow("/details/architecture", CARD + "modelParameters.modelArchitecture", null),
            new MappingRow("/datasets/*", "components[type=data] and " + CARD + "modelParameters.datasets[].ref",
                    "one data component per dataset, referenced from the model card and the model's dependencies"),
            new MappingRow("/datasets/*/name", "components[data].name and .data[0].name",
                    "required: an empty name is written as dataset-N with modelcards:stand-in"),
            new MappingRow("/datasets/*/revision", "components[data].version", null),
            new MappingRow("/datasets/*/content_hash", "components[data].hashes[alg=SHA-256]", "when it is sha256:<64 hex>; "
                    + "otherwise a property"),
            new MappingRow("/datasets/*/source_uri", "components[data].data[0].contents.url", "when it is an absolute URI; "
                    + "otherwise a property"),
            new MappingRow("/datasets/*/role", "components[data].properties[modelcards:role]",
                    "CycloneDX has no trained-on / tested-on relation"),
            new MappingRow("/datasets/*/split, rows, bytes, statistics", "components[data].properties[modelcards:<pointer>]",
                    "one property per value; statistics lists as JSON"),
            new MappingRow("/evaluation/quantitative/*/metric", CARD + "quantitativeAnalysis.performanceMetrics[].type", null),
            new MappingRow("/evaluation/quantitative/*/value", CARD + "quantitativeAnalysis.performanceMetrics[].value",
                    "as a string (the schema requires strings), read back to the same number"),
            new MappingRow("/evaluation/quantitative/*/ci_low, ci_high",
                    CARD + "quantitativeAnalysis.performanceMetrics[].confidenceInterval.lowerBound, upperBound", "as strings"),
            new MappingRow("/evaluation/quantitative/*/slice", CARD + "quantitativeAnalysis.performanceMetrics[].slice",
                    "as key=value, key=value; a slice that text cannot hold exactly is also a property. Each sliced result "
                    + "also gives a derived considerations.fairnessAssessments entry (not read back)"),
            new MappingRow("/evaluation/quantitative/*/ci_level, higher_is_better, primary, dataset, split, evaluator", PROPS,
                    "performanceMetrics has no field for them"),
            new MappingRow("/uses/primary_users", CARD + "considerations.users[]", null),
            new MappingRow("/uses/direct_use, /uses/downstream_use", CARD + "considerations.useCases[]",
                    "modelcards:sources:considerations.useCases names the field of each entry"),
            new MappingRow("/considerations/bias_risks_limitations, /considerations/caveats",
                    CARD + "considerations.technicalLimitations[]", "modelcards:sources:considerations.technicalLimitations names "
                    + "the field of each entry"),
            new MappingRow("/considerations/ethical_considerations", CARD + "considerations.ethicalConsiderations[]",
                    "name → name, mitigation → mitigationStrategy"),
            new MappingRow("/training/energy/kwh", CARD + "considerations.environmentalConsiderations.energyConsumptions[0]"
                    + ".activityEnergyCost and .energyProviders[0].energyProvided (kWh)", "activity training (fine-tuning when "
                    + "co2_eq_emissions.training_type says so); one provider, energySource unknown, organisation the cloud "
                    + "provider or unknown"),
            new MappingRow("/training/energy/co2_grams", CARD + "considerations.environmentalConsiderations.energyConsumptions[0]"
                    + ".co2CostEquivalent (tCO2eq)", "grams / 1e6; also a property when that does not read back exactly"),
            new MappingRow("/schema_version, /metadata/*, /details/*, /uses/out_of_scope_use, /evaluation/*, /training/*, "
                    + "/considerations/recommendations, /governance/*, /compliance/*, /sections", PROPS,
                    "every other value: text as it is, anything else as JSON under modelcards:json:<pointer>"),
            new MappingRow("(registry state)", "properties[modelcards:registry-status]", "when given; not read back"),
            new MappingRow("/provenance", null, "not carried: the import marks every value it sets as import:cyclonedx"),
            new MappingRow("/source", null, "not carried: the layout of an imported README"));

    private CycloneDxMapping() {}
}
