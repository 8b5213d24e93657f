package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * Hugging Face model card metadata: the YAML front matter of a README.md, as huggingface_hub's
 * {@code ModelCardData} names it.
 *
 * <p>{@code language} and {@code baseModel} may be a single string or a list in YAML; both are held as
 * lists here and {@link ReadmeSource} remembers the original form. {@code evalResults} is the parsed
 * {@code model-index}; {@code modelName} is the model-index {@code name}. Keys this record does not know
 * are kept in {@code extra}, in their original order. A known key's value is also kept in {@code extra}, as written,
 * when its field would write it in another shape ({@code language: [en]}, {@code co2_eq_emissions: 3}, an empty
 * model-index) or cannot hold it ({@code license: [mit, apache-2.0]}); writing uses it while it still agrees with the
 * field, so huggingface_hub reads what it read before. Text values keep an empty string in JSON (only null is left out),
 * because {@code license: ""} is data a README round trip must keep.
 *
 * <p>{@code plainScalars} (since 1.3) lists the pointers, into the front matter, of {@code extra} text values that the
 * README wrote as plain YAML scalars which PyYAML reads as something JSON cannot hold: a date, a timestamp, {@code .inf}
 * or {@code .nan}. The card holds them as text; a writer writes them plain again, so huggingface_hub reads a date where
 * it read one before.
 *
 * <p>{@link MetadataBuilder} builds one by naming each value; {@code withLicense(…)} and the other withers change one value.
 */
@RecordBuilder
public record Metadata(
        List<String> language,
        @JsonInclude(JsonInclude.Include.NON_NULL) String license,
        @JsonInclude(JsonInclude.Include.NON_NULL) String licenseName,
        @JsonInclude(JsonInclude.Include.NON_NULL) String licenseLink,
        @JsonInclude(JsonInclude.Include.NON_NULL) String libraryName,
        List<String> tags,
        List<String> datasets,
        List<String> metrics,
        List<String> baseModel,
        @JsonInclude(JsonInclude.Include.NON_NULL) String pipelineTag,
        @JsonInclude(JsonInclude.Include.NON_NULL) String modelName,
        List<Map<String, Object>> widget,
        Emissions co2EqEmissions,
        List<EvalResult> evalResults,
        Map<String, Object> extra,
        List<String> plainScalars) implements MetadataBuilder.With {

    public static final Metadata EMPTY = MetadataBuilder.builder().build();

    public Metadata {
        language = Lists.copy(language);
        tags = Lists.copy(tags);
        datasets = Lists.copy(datasets);
        metrics = Lists.copy(metrics);
        baseModel = Lists.copy(baseModel);
        widget = Lists.copy(widget);
        evalResults = Lists.copy(evalResults);
        extra = Lists.copy(extra);
        plainScalars = Lists.copy(plainScalars);
    }
}
