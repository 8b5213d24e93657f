package io.modelcards.merge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * Merges a freshly captured card into the previous card of the same model: what a person wrote is kept, what a machine
 * captures is current.
 *
 * <p>The merge decides field by field ({@code /details/version}, {@code /training/hyperparameters}, each front-matter
 * key such as {@code /metadata/license}, each extra front-matter key, and {@code /datasets} and {@code /sections} as
 * wholes; every field a README's sections fill is one of them):
 * <ul>
 *   <li>a field a person wrote in the previous card ({@code previous.provenance().originOf(field)} is
 *       {@link io.modelcards.card.Origin.Human}) comes from it, with its origin, whatever the capture says; when the
 *       capture has a different value, a {@code merge/human-over-captured} warning shows it. A field a person removed
 *       (a human origin recorded at the field itself) stays absent. A field whose human origin is only inherited from a
 *       part around it ({@code /metadata} of an imported README) and that is empty there is not a person's value;</li>
 *   <li>the model-index results ({@code /metadata/eval_results}) always come from the capture;</li>
 *   <li>every other field comes from the capture. One the capture lacks but the previous card has is kept, with a
 *       {@code merge/missing-captured} warning, or dropped under {@link MergeOptions#dropMissing()};</li>
 *   <li>a person's value inside a field that comes from the capture (a human provenance entry below it, such as
 *       {@code /datasets/0/description}) is put back into the captured value: a dataset is found by name, role and
 *       split, a list element is found among the captured ones or appended. One with no place left is a
 *       {@code merge/human-unplaced} warning.</li>
 * </ul>
 * The merged card keeps the previous card's README layout ({@code source}) when it has one, else the capture's.
 * The inputs are not changed, and the same inputs always give the same result.
 */
public final class CardMerge {
    private CardMerge() {}

    /**
     * The merge of {@code captured} into {@code previous}, with a decision for every field either has.
     *
     * @throws InvalidInputException {@code merge/different-models} when both cards name their model and the names
     *                               differ
     */
    public static MergeResult merge(ModelCard captured, ModelCard previous, MergeOptions options) throws InvalidInputException {
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(options, "options");
        sameModel(captured, previous);
        ObjectNode capturedTree = CardMappers.json().valueToTree(captured);
        ObjectNode previousTree = CardMappers.json().valueToTree(previous);
        Merging m = new Merging(captured, previous, capturedTree, previousTree, options);
        for (String field : Fields.of(capturedTree, previousTree)) {
            m.decide(field);
        }
        m.humanParts();
        ObjectNode tree = m.tree();
        tree.remove(List.of("provenance", "source"));
        ModelCard card;
        try {
            card = CardMappers.json().treeToValue(tree, ModelCard.class);
        } catch (JacksonException e) {
            // Both halves come from valid cards, field by field, so this is a defect of the merge, not of the input.
            throw new IllegalStateException("the merged card does not bind: " + e.getOriginalMessage(), e);
        }
        card = card.withProvenance(m.provenance()).withSource(previous.source() != null ? previous.source() : captured.source());
        return new MergeResult(card, m.decisions, m.problems);
    }

    private static void sameModel(ModelCard captured, ModelCard previous) throws InvalidInputException {
        String now = Facts.modelName(captured);
        String was = Facts.modelName(previous);
        if (now != null && was != null && !now.equals(was)) {
            throw new InvalidInputException(new Diagnostic(Severity.ERROR, "-", 0, 0, "merge/different-models",
                    "the cards are of different models: the new capture is of \"" + now + "\" and the previous card of \"" + was
                            + "\": merge a capture into the previous card of the same model", "/details/name"));
        }
    }
}
