package io.modelcards.capture;

import io.modelcards.capture.internal.redaction.Secrets;
import io.modelcards.card.Citation;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.DatasetStatisticsColumnBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies {@link Secrets#scrub} to every string of the card parts the recorder is handed whole. */
final class Scrubbing {
    private Scrubbing() {}

    static DatasetInfo dataset(DatasetInfo d) {
        return d.with().name(Secrets.scrub(d.name())).role(Secrets.scrub(d.role())).sourceUri(Secrets.scrub(d.sourceUri()))
                .revision(Secrets.scrub(d.revision())).contentHash(Secrets.scrub(d.contentHash())).split(Secrets.scrub(d.split()))
                .statistics(statistics(d.statistics())).build();
    }

    static Citation citation(Citation c) {
        return new Citation(Secrets.scrub(c.key()), Secrets.scrub(c.bibtex()), Secrets.scrub(c.apa()),
                Secrets.scrub(c.component()));
    }

    private static DatasetStatistics statistics(DatasetStatistics s) {
        if (s == null) {
            return null;
        }
        List<DatasetStatistics.Column> columns = new ArrayList<>();
        for (DatasetStatistics.Column c : s.columns()) {
            Map<String, Double> quantiles = new LinkedHashMap<>();
            c.quantiles().forEach((k, v) -> quantiles.put(Secrets.scrub(k), v));
            List<DatasetStatistics.TopValue> top = new ArrayList<>();
            c.top().forEach(t -> top.add(new DatasetStatistics.TopValue(Secrets.scrub(t.value()), t.count())));
            columns.add(DatasetStatisticsColumnBuilder.builder().name(Secrets.scrub(c.name())).type(Secrets.scrub(c.type()))
                    .count(c.count()).nulls(c.nulls()).distinct(c.distinct()).min(c.min()).max(c.max()).mean(c.mean()).std(c.std())
                    .quantiles(quantiles).top(top).build());
        }
        return DatasetStatisticsBuilder.builder().method(Secrets.scrub(s.method())).sampled(s.sampled()).seed(s.seed()).rows(s.rows())
                .columns(columns).build();
    }
}
