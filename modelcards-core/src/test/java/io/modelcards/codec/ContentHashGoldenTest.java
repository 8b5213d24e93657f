package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.SchemaVersion;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the canonical form of every schema fixture card and the content hash of every fixture card (the schema ones
 * and the Hugging Face README round-trip ones) in {@code src/test/resources/canonical/}, so that a hash never changes
 * by accident. A JSON fixture and the YAML fixture of the same name hold the same card, so they share one golden form.
 * {@code -Dgolden.update=true} rewrites the files; review the diff, since a changed hash breaks every stored address.
 */
class ContentHashGoldenTest {
    static List<String> schemaFixtures() {
        return fixtures("schema/" + SchemaVersion.CURRENT, ".json", ".yaml");
    }

    private static List<String> readmeFixtures() {
        return fixtures("readme/roundtrip", ".md");
    }

    private static List<String> fixtures(String dir, String... suffixes) {
        return Stream.of(suffixes).flatMap(suffix -> Fixtures.list(dir, suffix).stream())
                .map(p -> dir + "/" + p.getFileName()).sorted().toList();
    }

    /** The fixture's card, read under its bare file name (which a README's provenance records). */
    private static LoadedCard read(String fixture) throws IOException, InvalidInputException {
        String name = fixture.substring(fixture.lastIndexOf('/') + 1);
        return CardReader.read(Fixtures.bytes(fixture), name, CardReader.formatOf(Path.of(name)), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFixtures")
    void aFixtureCardKeepsItsCanonicalForm(String fixture) throws Exception {
        String card = fixture.substring(0, fixture.lastIndexOf('.'));
        Golden.assertMatches("canonical/" + card + ".canonical.json",
                new String(CanonicalJson.of(read(fixture).card()), StandardCharsets.UTF_8));
    }

    @Test
    void everyFixtureCardKeepsItsContentHash() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String fixture : Stream.concat(schemaFixtures().stream(), readmeFixtures().stream()).toList()) {
            lines.append(ContentHash.of(read(fixture).card())).append("  ").append(fixture).append('\n');
        }
        assertThat(lines).as("fixture cards found")
                .contains("schema/" + SchemaVersion.CURRENT + "/full.json", "readme/roundtrip/big-ints.md");
        Golden.assertMatches("canonical/content-hashes.txt", lines.toString());
    }
}
