package io.modelcards.diff;

import io.modelcards.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The three forms of the diff of each fixture pair, kept as golden files beside the pair. */
class DiffGoldenTest {

    @ParameterizedTest
    @FieldSource("io.modelcards.diff.DiffFixtures#PAIRS")
    void theTextFormOfAPairMatchesItsGoldenFile(String pair) {
        Golden.assertMatches("diff/" + pair + "/diff.txt", DiffText.write(DiffFixtures.diff(pair)));
    }

    @ParameterizedTest
    @FieldSource("io.modelcards.diff.DiffFixtures#PAIRS")
    void theMarkdownFormOfAPairMatchesItsGoldenFile(String pair) {
        Golden.assertMatches("diff/" + pair + "/diff.md", DiffMarkdown.write(DiffFixtures.diff(pair)));
    }

    @ParameterizedTest
    @FieldSource("io.modelcards.diff.DiffFixtures#PAIRS")
    void theJsonFormOfAPairMatchesItsGoldenFile(String pair) {
        Golden.assertMatches("diff/" + pair + "/diff.json", DiffJson.write(DiffFixtures.diff(pair)));
    }
}
