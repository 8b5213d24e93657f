package io.modelcards.policy;

import io.modelcards.card.EvalResult;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The overall results a card reports (not those on a slice), from its quantitative analysis and its model index: what
 * a metric rule of a policy file and the registry's gate hold to a bound.
 */
public final class CardResults {
    /**
     * One result: its metric, where it was measured, and its value.
     *
     * @param type    the metric type, e.g. {@code accuracy}
     * @param dataset the dataset, or null when not named
     * @param split   the split, or null when not named
     * @param value   the value
     */
    public record Result(String type, String dataset, String split, double value) {
        /** Where it was measured, as messages say it: {@code " on imdb/test"}, or empty. */
        public String where() {
            return dataset == null ? (split == null ? "" : " on split " + split) : " on " + dataset + (split == null ? "" : "/" + split);
        }
    }

    private CardResults() {}

    /** Every overall result of {@code card}, each once, the quantitative analysis's first. */
    public static List<Result> of(ModelCard card) {
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
