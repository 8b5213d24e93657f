package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {

    @Test
    void swappingTwoNeighbouringLettersCostsOne() {
        assertThat(Nearest.distance("apahce", "apache")).isEqualTo(1);
    }

    @Test
    void aFullLicenceNameFindsItsId() {
        assertThat(Nearest.among("Apache License 2.0", Vocabulary.get().hfLicenses())).contains("apache-2.0");
        assertThat(Nearest.among("MIT License", Vocabulary.get().hfLicenses())).contains("mit");
    }

    @Test
    void nothingIsSuggestedForAnInputFarFromEveryCandidate() {
        assertThat(Nearest.among("zqxw-proprietary", List.of("apache-2.0", "mit"))).isEmpty();
    }

    @Test
    void tiesGoToTheEarlierCandidate() {
        assertThat(Nearest.among("abd", List.of("abc", "abe"))).contains("abc");
    }
}
