package io.modelcards.diff;

import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares two versions of a card, part by part, into a {@link Diff}. */
public final class CardDiff {
    private CardDiff() {}

    /**
     * What differs from {@code old} to {@code now}. Cards of different models are compared all the same; callers that
     * must refuse them check {@link Identity#differentModels()} first ({@link #identity}).
     */
    public static Diff of(ModelCard old, ModelCard now) {
        return new Diff(identity(old, now), MetadataCompare.compare(old.metadata(), now.metadata()),
                EvaluationCompare.compare(old, now), DatasetCompare.compare(old.datasets(), now.datasets()),
                TrainingCompare.compare(old.training(), now.training()), HumanCompare.compare(old, now), stale(old, now),
                GovernanceCompare.compare(old.governance(), now.governance()));
    }

    /** The model's name and version in each card; the name is {@code details.name}, else the model-index name. */
    public static Identity identity(ModelCard old, ModelCard now) {
        return new Identity(Facts.modelName(old), Facts.modelName(now), blankToNull(old.details().version()),
                blankToNull(now.details().version()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Fields stale in the new card and not in the old one, with the reasons the new card gives. */
    private static List<StaleChange> stale(ModelCard old, ModelCard now) {
        Set<String> before = Staleness.of(old).stream().map(StaleField::pointer).collect(Collectors.toSet());
        return Staleness.of(now).stream().filter(f -> !before.contains(f.pointer())).map(f -> new StaleChange(f.pointer(), f.reason()))
                .toList();
    }
}
