package io.modelcards.card;

import java.util.List;
import java.util.Map;

/**
 * Hugging Face model card metadata: the YAML front matter of a README.md, as huggingface_hub's
 * {@code ModelCardData} names it.
 *
 * <p>{@code language} and {@code baseModel} may be a single string or a list in YAML; both are held as
 * lists here and {@link ReadmeSource} remembers the original form. {@code evalResults} is the parsed
 * {@code model-index}; {@code modelName} is the model-index {@code name}. Keys this record does not know
 * are kept in {@code extra}, in their original order.
 */
public record Metadata(
        List<String> language,
        String license,
        String licenseName,
        String licenseLink,
        String libraryName,
        List<String> tags,
        List<String> datasets,
        List<String> metrics,
        List<String> baseModel,
        String pipelineTag,
        String modelName,
        List<Map<String, Object>> widget,
        Emissions co2EqEmissions,
        List<EvalResult> evalResults,
        Map<String, Object> extra) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public Metadata {
        language = Lists.copy(language);
        tags = Lists.copy(tags);
        datasets = Lists.copy(datasets);
        metrics = Lists.copy(metrics);
        baseModel = Lists.copy(baseModel);
        widget = Lists.copy(widget);
        evalResults = Lists.copy(evalResults);
        extra = Lists.copy(extra);
    }
}
