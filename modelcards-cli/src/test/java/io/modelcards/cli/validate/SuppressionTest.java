package io.modelcards.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionTest {
    @Test
    void anExactIdCoversThatRuleOnly() {
        Suppression s = new Suppression("hf/model-index-shape", false, null);
        assertThat(s.covers("hf/model-index-shape")).isTrue();
        assertThat(s.covers("hf/model-index-shape-extra")).isFalse();
    }

    @Test
    void aPackPatternCoversEveryRuleOfThePackAndNoOther() {
        Suppression s = new Suppression("annex-iv/*", false, null);
        assertThat(s.covers("annex-iv/1(f)")).isTrue();
        assertThat(s.covers("annex-ivx/1")).isFalse();
    }

    @Test
    void aProblemWithoutACodeIsNeverCovered() {
        assertThat(new Suppression("hf/*", false, null).covers(null)).isFalse();
    }

    @Test
    void anIdWithSpacesIsRefused() {
        assertThatThrownBy(() -> new Suppression("hf license", false, null)).hasMessageStartingWith("'hf license' is not a rule id");
    }

    @Test
    void aBareStarIsRefusedSoNothingSwitchesOffEveryRuleByAccident() {
        assertThatThrownBy(() -> new Suppression("*", false, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
