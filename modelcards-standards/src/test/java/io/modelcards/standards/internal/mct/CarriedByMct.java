package io.modelcards.standards.internal.mct;

import io.modelcards.card.Citation;
import io.modelcards.card.ConsiderationsBuilder;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.IntendedUseBuilder;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.PrivacyFinding;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.standards.internal.Uris;
import java.util.List;

/** The part of a card that MCT carries, by the mapping: what a round trip through MCT must keep exactly. */
final class CarriedByMct {
    private CarriedByMct() {}

    static ModelCard of(ModelCard c) {
        ModelDetails d = c.details();
        ModelDetails details = ModelDetailsBuilder.builder().name(d.name()).summary(d.summary()).description(d.description())
                .owners(d.owners()).version(d.version()).date(Texts.isIsoDate(d.date()) ? d.date() : null)
                .references(d.references().stream().filter(Uris::isAbsolute).toList())
                .citations(d.citations().stream().map(x -> new Citation(x.bibtex() == null ? null
                        : MctImporter.bibtexKey(x.bibtex()), x.bibtex(), x.apa(), null)).toList())
                .architecture(d.architecture()).build();
        return ModelCardBuilder.builder()
                .metadata(MetadataBuilder.builder().license(c.metadata().license()).build())
                .details(details)
                .datasets(c.datasets().stream().map(CarriedByMct::dataset).toList())
                .evaluation(EvaluationBuilder.builder().quantitative(c.evaluation().quantitative().stream()
                        .map(q -> QuantitativeResultBuilder.builder().metric(q.metric()).value(q.value()).slice(q.slice())
                                .ciLow(q.ciLow()).ciHigh(q.ciHigh()).build()).toList()).build())
                .uses(IntendedUseBuilder.builder().primaryUsers(c.uses().primaryUsers()).directUse(c.uses().directUse())
                        .downstreamUse(c.uses().downstreamUse()).outOfScopeUse(c.uses().outOfScopeUse()).build())
                .considerations(ConsiderationsBuilder.builder().biasRisksLimitations(c.considerations().biasRisksLimitations())
                        .recommendations(c.considerations().recommendations()).caveats(c.considerations().caveats())
                        .ethicalConsiderations(c.considerations().ethicalConsiderations()).build())
                .build();
    }

    private static DatasetInfo dataset(DatasetInfo d) {
        List<PrivacyFinding> privacy = d.statistics() == null ? List.of() : d.statistics().privacy().stream()
                .map(p -> new PrivacyFinding(p.column(), p.kind(), p.count(), List.of())).toList();
        return DatasetInfoBuilder.builder().name(d.name()).role(d.role()).split(d.split()).rows(d.rows()).bytes(d.bytes())
                .revision(d.revision()).contentHash(d.contentHash()).sourceUri(Uris.isAbsolute(d.sourceUri()) ? d.sourceUri() : null)
                .statistics(privacy.isEmpty() ? null : DatasetStatisticsBuilder.builder().rows(d.rows() == null ? 0 : d.rows())
                        .privacy(privacy).build())
                .build();
    }
}
