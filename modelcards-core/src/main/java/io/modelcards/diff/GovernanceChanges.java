package io.modelcards.diff;

import java.util.List;

/**
 * What changed in the card's governance facts.
 *
 * @param risk         the risk rating's change (high, medium, low, unknown), or null when it stayed
 * @param text         the risk rationale and business context, when changed
 * @param customFields organisation-specific fields added, removed or changed
 */
public record GovernanceChanges(Change<String> risk, List<TextChange> text, List<KeyChange> customFields) {
    /** Keeps unmodifiable copies. */
    public GovernanceChanges {
        text = List.copyOf(text);
        customFields = List.copyOf(customFields);
    }
}
