package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.modelcards.card.QuantitativeResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code fairnessAssessments} derived from the card's sliced results: one per slice, naming the group and how the
 * model does on it. Derived only, so the import does not read it back (the results themselves are the metrics).
 */
final class Fairness {
    private Fairness() {}

    static Optional<ArrayNode> of(List<QuantitativeResult> results) {
        ArrayNode out = Leftovers.object().arrayNode();
        for (QuantitativeResult r : results) {
            if (r.slice().isEmpty()) {
                continue;
            }
            String group = r.slice().entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(", "));
            StringBuilder b = new StringBuilder().append(r.metric()).append(" = ").append(Texts.number(r.value()));
            if (r.ciLow() != null && r.ciHigh() != null) {
                b.append(" (CI ").append(Texts.number(r.ciLow())).append(" to ").append(Texts.number(r.ciHigh())).append(')');
            }
            if (r.dataset() != null) {
                b.append(" on ").append(r.dataset()).append(r.split() == null ? "" : " (" + r.split() + ")");
            }
            out.addObject().put("groupAtRisk", group).put("benefits", b.toString());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
