package io.modelcards.registry.gate;

import java.util.List;

/**
 * The gate's answer: pass, or every reason it does not, each one line naming the value found and what was required.
 *
 * @param pass    whether the version may be used
 * @param reasons why not, in the order the checks run; empty when it passes
 * @param summary one line for people: what was checked and the outcome
 */
public record GateDecision(boolean pass, List<String> reasons, String summary) {
    /** Copies the reasons; a decision passes exactly when there is no reason. */
    public GateDecision {
        reasons = List.copyOf(reasons);
        if (pass != reasons.isEmpty()) {
            throw new IllegalArgumentException("a gate decision passes exactly when it has no reason");
        }
    }
}
