package io.modelcards.validate;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Severity;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;

/**
 * Reports each stale human-written field, with the facts that changed: a warning in the {@code complete} pack, an error in
 * the {@code review} pack, where a reviewer must re-read the text first.
 */
final class StaleRules {
    private StaleRules() {}

    static void check(ModelCard card, Severity severity, String code, Findings out) {
        for (StaleField f : Staleness.of(card)) {
            String message = f.pointer() + " was written against facts that changed (" + f.reason() + "): re-read it and "
                    + "edit it, or run `modelcards confirm CARD --field " + f.pointer() + " --by NAME` if it still holds";
            if (severity == Severity.ERROR) {
                out.error(f.pointer(), code, message);
            } else {
                out.warning(f.pointer(), code, message);
            }
        }
    }
}
