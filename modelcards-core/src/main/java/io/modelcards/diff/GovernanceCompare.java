package io.modelcards.diff;

import io.modelcards.card.Governance;
import java.util.ArrayList;
import java.util.List;

/** Compares the risk rating, the risk rationale and business context (word by word) and the custom fields. */
final class GovernanceCompare {
    private GovernanceCompare() {}

    static GovernanceChanges compare(Governance old, Governance now) {
        Change<String> risk = Change.of(old.risk().text(), now.risk().text()).orElse(null);
        List<TextChange> text = new ArrayList<>();
        HumanCompare.text("/governance/risk_rationale", "Risk rationale", old.riskRationale(), now.riskRationale()).ifPresent(text::add);
        HumanCompare.text("/governance/business_context", "Business context", old.businessContext(), now.businessContext())
                .ifPresent(text::add);
        return new GovernanceChanges(risk, text, Keyed.compare(old.customFields(), now.customFields()));
    }
}
