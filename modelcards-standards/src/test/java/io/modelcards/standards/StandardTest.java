package io.modelcards.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StandardTest {
    @Test
    void aStandardIsFoundByItsNameInAnyCase() {
        assertThat(Standard.parse("CycloneDX")).isEqualTo(Standard.CYCLONEDX);
        assertThat(Standard.parse("spdx")).isEqualTo(Standard.SPDX);
    }

    @Test
    void anUnknownNameIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Standard.parse("onnx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'onnx': expected one of cyclonedx, mct, sagemaker, spdx");
    }
}
