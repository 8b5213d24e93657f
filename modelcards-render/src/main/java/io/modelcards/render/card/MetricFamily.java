package io.modelcards.render.card;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kind of quantity a metric measures, told from its name, and whether a larger value is better.
 * Specialised templates pick their tables by family (ranking metrics for rerankers, error metrics for regressors).
 */
enum MetricFamily {
    SPARSITY(List.of("active_dims", "active dims", "sparsity", "flops"), false),
    RANKING(List.of("ndcg", "mrr", "map@", "map", "recall@", "precision@", "hit@", "hits@", "accuracy@"), true),
    SIMILARITY(List.of("pearson", "spearman", "cosine", "euclidean", "manhattan", "dot_"), true),
    REGRESSION(List.of("rmse", "mse", "mae", "mape", "r2", "r^2", "r_squared", "explained_variance", "mean_absolute", "mean_squared",
            "median_absolute"), false),
    GENERATION(List.of("perplexity", "bleu", "rouge", "exact_match", "chrf", "meteor", "bertscore", "pass@", "wer", "cer"), true),
    CLASSIFICATION(List.of("accuracy", "f1", "precision", "recall", "auc", "roc", "mcc", "matthews", "balanced", "log_loss", "logloss",
            "top_k"), true),
    OTHER(List.of(), true);

    private final List<String> keys;
    private final boolean higherIsBetter;

    MetricFamily(List<String> keys, boolean higherIsBetter) {
        this.keys = keys;
        this.higherIsBetter = higherIsBetter;
    }

    /** The template-facing name, e.g. "ranking". */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first family whose keys occur in the metric name; {@link #OTHER} when none does. */
    static MetricFamily of(String metric) {
        String m = norm(metric);
        for (MetricFamily f : values()) {
            for (String k : f.keys) {
                if (matches(m, k)) {
                    return f;
                }
            }
        }
        return OTHER;
    }

    /**
     * Whether larger values of the metric are better: R² and explained variance are; errors, losses, perplexity and
     * sparsity costs are not;
     * null when the name says nothing either way.
     */
    static Boolean higherIsBetter(String metric) {
        String m = norm(metric);
        for (String high : List.of("r2", "r^2", "r_squared", "explained_variance")) {
            if (matches(m, high)) {
                return true;
            }
        }
        for (String low : List.of("loss", "error", "perplexity", "rmse", "mse", "mae", "mape", "wer", "cer", "flops", "active_dims",
                "latency", "eer")) {
            if (matches(m, low)) {
                return false;
            }
        }
        MetricFamily f = of(metric);
        return f == OTHER ? null : f.higherIsBetter;
    }

    /**
     * Whether the metric counts things (examples, a class's support, true positives), so that its whole values are
     * shown as integers rather than with a metric's four decimals.
     */
    static boolean isCount(String metric) {
        String m = norm(metric);
        return COUNTS.contains(m) || m.startsWith("num_") || m.startsWith("n_") || m.endsWith("_count");
    }

    private static final Set<String> COUNTS = Set.of("support", "count", "n", "samples", "examples", "tp", "fp", "tn", "fn",
            "true_positives", "false_positives", "true_negatives", "false_negatives");

    /** Short keys ("mae", "wer", "f1") must be a whole word of the name, so "answer" is not "wer"; longer keys may occur anywhere. */
    private static boolean matches(String name, String key) {
        if (key.length() > 4 || key.contains("@")) {
            return name.contains(key);
        }
        for (String token : name.split("[^a-z0-9^]+")) {
            if (token.equals(key) || token.startsWith(key) && token.substring(key.length()).matches("\\d+")) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String metric) {
        return metric == null ? "" : metric.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
