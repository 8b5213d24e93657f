package io.modelcards.diff;

import java.util.List;

/**
 * Everything that differs between an old and a new version of a card, part by part. Made by {@link CardDiff#of}.
 *
 * @param model      the model's name and version in each card
 * @param metadata   front-matter keys added, removed or changed (the model-index is compared in {@code evaluation})
 * @param evaluation every evaluation result of either card, matched by its key, primary metrics first
 * @param datasets   datasets added, removed or changed
 * @param training   hyperparameters and the training curve
 * @param human      people's text added, removed or changed
 * @param stale      people's fields stale in the new card and not in the old one
 * @param governance risk rating, rationale, business context and custom fields
 */
public record Diff(Identity model, List<KeyChange> metadata, List<MetricChange> evaluation, List<DatasetChange> datasets,
                   TrainingChanges training, List<TextChange> human, List<StaleChange> stale, GovernanceChanges governance) {
    /** The version of the diff's JSON form, {@code diff_version}; its schema is {@code schema/diff-1.0.schema.json}. */
    public static final String VERSION = "1.0";

    /** Keeps unmodifiable copies. */
    public Diff {
        metadata = List.copyOf(metadata);
        evaluation = List.copyOf(evaluation);
        datasets = List.copyOf(datasets);
        human = List.copyOf(human);
        stale = List.copyOf(stale);
    }
}
