package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RulePackTest {

    @Test
    void aPackIsParsedByItsNameIgnoringCaseAndSpaces() {
        assertThat(RulePack.parse(" HF ")).isEqualTo(RulePack.HF);
        assertThat(RulePack.parse("complete")).isEqualTo(RulePack.COMPLETE);
        assertThat(RulePack.parse("schema")).isEqualTo(RulePack.SCHEMA);
    }

    @Test
    void anUnknownPackNamesThePacksThatExist() {
        assertThatThrownBy(() -> RulePack.parse("strict")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule pack \"strict\": use schema, hf, complete, review or annex-iv");
    }

    @Test
    void aPackIdIsItsLowerCaseName() {
        assertThat(RulePack.COMPLETE.id()).isEqualTo("complete");
    }

    @Test
    void aThresholdOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> new ValidationOptions(101)).hasMessageContaining("use 0 to 100");
        assertThat(ValidationOptions.DEFAULTS.completenessThreshold()).isEqualTo(70);
    }
}
