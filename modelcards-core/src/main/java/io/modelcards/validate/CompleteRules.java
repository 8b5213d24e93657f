package io.modelcards.validate;

import io.modelcards.card.ModelCard;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code complete} pack: fails a card whose completeness score is under the threshold, naming what to write,
 * and always warns when the sections a reviewer cannot do without (intended uses, limitations) are empty.
 */
final class CompleteRules {
    /** Human fields every card needs, whatever its score. */
    private static final List<String> REQUIRED_HUMAN = List.of("/uses/direct_use", "/considerations/bias_risks_limitations");

    private CompleteRules() {}

    static void check(ModelCard card, int threshold, Findings out) {
        CompletenessReport report = Completeness.score(card);
        if (report.overall() < threshold) {
            out.error("", "complete/score", "the card is " + report.overall() + "% complete, under the required " + threshold
                    + "%: fill the missing fields reported below");
            for (CompletenessReport.Section s : report.sections()) {
                List<CompletenessReport.Field> missing = s.missing();
                if (missing.isEmpty()) {
                    continue;
                }
                String what = missing.stream().map(f -> f.label() + " (" + f.hint() + ")").collect(Collectors.joining("; "));
                out.error(missing.get(0).pointer(), "complete/missing", s.name() + " is " + s.filled() + "/" + s.total()
                        + " filled: write " + what);
            }
        }
        for (CompletenessReport.Section s : report.sections()) {
            for (CompletenessReport.Field f : s.fields()) {
                if (!f.filled() && REQUIRED_HUMAN.contains(f.pointer())) {
                    out.warning(f.pointer(), "complete/human-section", s.name() + " has no " + f.label()
                            + ": write " + f.hint() + "; reviewers need it whatever the score");
                }
            }
        }
    }
}
