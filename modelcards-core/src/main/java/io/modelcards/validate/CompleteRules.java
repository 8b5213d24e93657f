package io.modelcards.validate;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Severity;
import io.modelcards.hf.ReadmePlaces;
import java.util.List;

/**
 * The {@code complete} pack: fails a card whose completeness score is under the threshold, naming each empty field,
 * what to write and where in README.md, and always warns when the sections a reviewer cannot do without (intended
 * uses, limitations) are empty, and when a text a person wrote is stale.
 */
final class CompleteRules {
    /** Human fields every card needs, whatever its score. */
    private static final List<String> REQUIRED_HUMAN = List.of("/uses/direct_use", "/considerations/bias_risks_limitations");

    private CompleteRules() {}

    /** What to write and where: the README place when the importer reads the field from one, else how it is captured. */
    static String whatToDo(CompletenessReport.Field f) {
        return ReadmePlaces.of(f.pointer()).map(place -> "write " + f.hint() + " " + place)
                .orElse("capture it with a training run or `render --profile` (" + f.hint() + "); no README section holds it");
    }

    static void check(ModelCard card, int threshold, Findings out) {
        CompletenessReport report = Completeness.score(card);
        if (report.overall() < threshold) {
            out.error("", "complete/score", "the card is " + report.overall() + "% complete, under the required " + threshold
                    + "%: fill the missing fields reported below");
            for (CompletenessReport.Section s : report.sections()) {
                for (CompletenessReport.Field f : s.missing()) {
                    out.error(f.pointer(), "complete/missing", f.label() + " is empty: " + whatToDo(f));
                }
            }
        }
        for (CompletenessReport.Section s : report.sections()) {
            for (CompletenessReport.Field f : s.fields()) {
                if (!f.filled() && REQUIRED_HUMAN.contains(f.pointer())) {
                    out.warning(f.pointer(), "complete/human-section", s.name() + " has no " + f.label()
                            + ": " + whatToDo(f) + "; reviewers need it whatever the score");
                }
            }
        }
        StaleRules.check(card, Severity.WARNING, "complete/stale", out);
    }
}
