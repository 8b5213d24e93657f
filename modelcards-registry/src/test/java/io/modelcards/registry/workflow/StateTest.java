package io.modelcards.registry.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateTest {

    @Test
    void everyStateParsesBackFromItsWireName() {
        for (State s : State.values()) {
            assertThat(State.parse(s.id())).contains(s);
        }
        assertThat(State.IN_REVIEW.id()).isEqualTo("in_review");
    }

    @Test
    void anUnknownOrUpperCaseNameIsNoState() {
        assertThat(State.parse("IN_REVIEW")).isEmpty();
        assertThat(State.parse("live")).isEmpty();
    }
}
