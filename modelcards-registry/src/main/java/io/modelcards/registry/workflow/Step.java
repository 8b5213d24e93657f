package io.modelcards.registry.workflow;

import java.util.List;
import java.util.stream.Collectors;

/** What the workflow says to an action in a state: allowed, with its transition, or refused, with the actions allowed. */
public sealed interface Step permits Step.Allowed, Step.Refused {

    /** The action is allowed; {@link Transition#next(boolean)} gives the state it leads to. */
    record Allowed(Transition transition) implements Step {
        /** The state the action leads to, once any policy it waits for is met. */
        public State to() {
            return transition.to();
        }
    }

    /**
     * The action is not allowed in the current state; a server answers it with 409 Conflict.
     *
     * @param current the version's state
     * @param action  the refused action
     * @param allowed the actions allowed in {@code current}, in table order (empty for a final state)
     */
    record Refused(State current, Action action, List<Action> allowed) implements Step {
        /** The problem code of every refused transition. */
        public static final String CODE = "workflow/not-allowed";

        public Refused {
            allowed = List.copyOf(allowed);
        }

        /** {@value #CODE}. */
        public String code() {
            return CODE;
        }

        /** What was refused, the state, and what can be done instead, in words. */
        public String message() {
            String head = "cannot " + action.id() + " a version in state " + current.id();
            String options = allowed.isEmpty()
                    ? ": nothing can be done in that state"
                    : ": allowed in " + current.id() + ": " + allowed.stream().map(Action::id).collect(Collectors.joining(", "));
            return head + options + hint();
        }

        private String hint() {
            boolean fixed = current == State.APPROVED || current == State.PUBLISHED || current == State.DEPRECATED;
            return action == Action.EDIT && fixed
                    ? "; an approved or published card never changes: start a new version from it instead"
                    : "";
        }
    }
}
