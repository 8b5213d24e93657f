package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void equalValuesAreNoChange() {
        assertThat(Change.of("mit", "mit")).isEmpty();
    }

    @Test
    void aValueOnlyTheNewCardHasWasAdded() {
        assertThat(Change.of(null, "mit")).contains(new Change.Added<>("mit"));
    }

    @Test
    void aValueOnlyTheOldCardHasWasRemoved() {
        assertThat(Change.of("mit", null)).contains(new Change.Removed<>("mit"));
    }

    @Test
    void differentValuesChangedAndKeepBoth() {
        Change<String> c = Change.of("mit", "apache-2.0").orElseThrow();
        assertThat(c.kind()).isEqualTo("changed");
        assertThat(c.old()).isEqualTo("mit");
        assertThat(c.now()).isEqualTo("apache-2.0");
    }
}
