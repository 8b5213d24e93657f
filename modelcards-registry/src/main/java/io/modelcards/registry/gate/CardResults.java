package io.modelcards.registry.gate;

import io.modelcards.card.EvalResult;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The overall results a card reports (not those on a slice), from its quantitative analysis and its model index. */
final class CardResults {
    /** One result: its metric, where it was measured, and its value. */
    record Result(String type, String dataset, String split, double value) {
        String where() {
            return dataset == null ? (split == null ? "" : " on split " + split) : " on " + dataset + (split == null ? "" : "/" + split);
        }
    }

    private CardResults() {}

    static List<Result> of(ModelCard card) {
        Set<Result> out = new LinkedHashSet<>();
        for (QuantitativeResult r : card.evaluation().quantitative()) {
            if (r != null && r.metric() != null && r.slice().isEmpty()) {
                out.add(new Result(r.metric(), r.dataset(), r.split(), r.value()));
            }
        }
        for (EvalResult r : card.metadata().evalResults()) {
            if (r != null && r.metricType() != null && r.metricValue() instanceof Number n) {
                out.add(new Result(r.metricType(), r.datasetType() != null ? r.datasetType() : r.datasetName(), r.datasetSplit(),
                        n.doubleValue()));
                if (r.datasetName() != null && r.datasetType() != null && !r.datasetName().equalsIgnoreCase(r.datasetType())) {
                    out.add(new Result(r.metricType(), r.datasetName(), r.datasetSplit(), n.doubleValue()));
                }
            }
        }
        return List.copyOf(out);
    }
}
