package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A model card: the single source of truth from which every output (README.md, HTML, JSON) is rendered.
 *
 * <p>Immutable. Absent nested parts are normalised to their {@code EMPTY} values, so callers never see null
 * sections, only null leaf values. {@link #source()} is the only nullable component: it keeps the layout of
 * the Hugging Face README the card was imported from, so that an unchanged card writes back byte for byte.
 *
 * <p>{@link ModelCardBuilder} builds one by naming each value; {@code withDetails(…)} and the other withers change one value.
 *
 * @param schemaVersion the card schema version this value conforms to, see {@link SchemaVersion}
 * @param metadata      Hugging Face YAML metadata (front matter), including model-index results
 * @param details       who made the model, what it is, where it comes from (Mitchell et al. §4.1)
 * @param uses          intended and out-of-scope uses (§4.2)
 * @param evaluation    factors, metrics, evaluation data and quantitative analyses (§4.3–4.7)
 * @param training      training data, procedure, hyperparameters, curve, environment, energy
 * @param datasets      identities (and optional statistics) of the datasets the model saw
 * @param considerations bias, risks, limitations, ethical considerations, caveats, recommendations (§4.8–4.9)
 * @param governance    risk rating, business context and custom fields
 * @param compliance    what EU AI Act technical documentation (Annex IV) needs beyond the rest; left out of JSON when empty
 * @param sections      further human-written Markdown sections that map to no field, in document order
 * @param provenance    where each value came from: captured automatically or written by a person
 * @param source        layout of the imported README, or null for a card that was never a README
 */
@RecordBuilder
public record ModelCard(
        String schemaVersion,
        Metadata metadata,
        ModelDetails details,
        IntendedUse uses,
        Evaluation evaluation,
        Training training,
        List<DatasetInfo> datasets,
        Considerations considerations,
        Governance governance,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Compliance.OmitWhenEmpty.class) Compliance compliance,
        List<Section> sections,
        Provenance provenance,
        ReadmeSource source) implements ModelCardBuilder.With {

    public ModelCard {
        schemaVersion = schemaVersion == null ? SchemaVersion.CURRENT : schemaVersion;
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        details = details == null ? ModelDetails.EMPTY : details;
        uses = uses == null ? IntendedUse.EMPTY : uses;
        evaluation = evaluation == null ? Evaluation.EMPTY : evaluation;
        training = training == null ? Training.EMPTY : training;
        datasets = Lists.copy(datasets);
        considerations = considerations == null ? Considerations.EMPTY : considerations;
        governance = governance == null ? Governance.EMPTY : governance;
        compliance = compliance == null ? Compliance.EMPTY : compliance;
        sections = Lists.copy(sections);
        provenance = provenance == null ? Provenance.EMPTY : provenance;
    }

    /** An empty card at the current schema version. */
    public static ModelCard empty() {
        return ModelCardBuilder.builder().build();
    }
}
