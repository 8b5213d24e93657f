package io.modelcards.capture.internal.evaluation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether larger values of a metric are better, for common metric names. A name is split into words
 * ({@code eval_macro_f1}, {@code ndcg@10}) and the last known word decides: accuracy, f1, precision, recall, auc, map,
 * mrr, ndcg, spearman, pearson and the like are higher-is-better; loss, mse, rmse, mae, perplexity and error are
 * lower-is-better.
 */
public final class MetricDirection {
    private static final Set<String> HIGHER = Set.of("accuracy", "acc", "f1", "fscore", "precision", "recall", "auc",
            "roc", "auroc", "auprc", "map", "mrr", "ndcg", "spearman", "pearson", "bleu", "rouge", "rouge1", "rouge2",
            "rougel", "meteor", "r2", "exact", "em", "hit", "hits", "kappa", "mcc", "iou", "dice", "top1", "top5",
            "sensitivity", "specificity", "jaccard", "cosine", "balanced");
    private static final Set<String> LOWER = Set.of("loss", "mse", "rmse", "mae", "mape", "perplexity", "ppl",
            "error", "err", "wer", "cer", "ter", "logloss", "nll", "brier", "hamming", "eer", "fpr", "fnr");
    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

    private MetricDirection() {}

    /** True when higher is better, false when lower is, null when the name is not a known metric. */
    public static Boolean higherIsBetter(String metric) {
        if (metric == null) {
            return null;
        }
        String[] words = WORDS.split(metric.toLowerCase(Locale.ROOT));
        for (int i = words.length - 1; i >= 0; i--) {
            if (HIGHER.contains(words[i])) {
                return Boolean.TRUE;
            }
            if (LOWER.contains(words[i])) {
                return Boolean.FALSE;
            }
        }
        return null;
    }
}
