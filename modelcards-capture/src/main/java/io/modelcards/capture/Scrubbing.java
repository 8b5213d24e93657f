package io.modelcards.capture;

import io.modelcards.capture.internal.redaction.Secrets;
import io.modelcards.card.Citation;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies {@link Secrets#scrub} to every string of the card parts the recorder is handed whole. */
final class Scrubbing {
    private Scrubbing() {}

    static DatasetInfo dataset(DatasetInfo d) {
        return new DatasetInfo(Secrets.scrub(d.name()), Secrets.scrub(d.role()), Secrets.scrub(d.sourceUri()),
                Secrets.scrub(d.revision()), Secrets.scrub(d.contentHash()), Secrets.scrub(d.split()), d.rows(),
                d.bytes(), statistics(d.statistics()));
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
            columns.add(new DatasetStatistics.Column(Secrets.scrub(c.name()), Secrets.scrub(c.type()), c.count(),
                    c.nulls(), c.distinct(), c.min(), c.max(), c.mean(), c.std(), quantiles, top));
        }
        return new DatasetStatistics(Secrets.scrub(s.method()), s.sampled(), s.seed(), s.rows(), columns);
    }
}
