package io.modelcards.standards.internal.cyclonedx;

import io.modelcards.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CycloneDxGoldenTest {
    @ParameterizedTest(name = "CycloneDX {0}")
    @ValueSource(strings = {"1.6", "1.7"})
    void theFullFixtureExportsAsItsGoldenFile(String spec) {
        Golden.assertMatches("golden/cyclonedx/full-every-field." + spec + ".cdx.json",
                CycloneDxSchemaTest.export("full-every-field", spec));
    }
}
