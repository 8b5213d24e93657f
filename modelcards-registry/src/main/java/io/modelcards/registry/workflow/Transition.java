package io.modelcards.registry.workflow;

import java.util.List;

/**
 * One row of the transition table: {@code action} is allowed in state {@code from}, to the given roles, and moves the
 * version to {@code to}.
 *
 * @param from  the state the action is allowed in
 * @param action the action
 * @param to    the state it leads to (for {@link When#POLICY_MET}, once the approval policy is met)
 * @param roles the roles that may do it ({@code author}, {@code reviewer}, {@code admin}, {@code viewer}), in table order
 * @param when  whether the move always happens or waits for the approval policy
 */
public record Transition(State from, Action action, State to, List<String> roles, When when) {

    /** When an allowed action moves the version. */
    public enum When {
        /** Every time the action is allowed. */
        ALWAYS,
        /** Only once the approval policy is met; until then the decision is recorded and the state stays. */
        POLICY_MET
    }

    public Transition {
        roles = List.copyOf(roles);
    }

    /** The state after the action: {@link #to()}, or {@link #from()} while a policy-bound move waits for the policy. */
    public State next(boolean policyMet) {
        return when == When.ALWAYS || policyMet ? to : from;
    }
}
