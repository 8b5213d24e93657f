package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.InvalidInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    private static final Path GOLDEN = Path.of("src", "test", "resources", "canonical");
    private static final String UPDATE = "./mvnw -B -pl modelcards-core verify -Dtest=ContentHashGoldenTest -Dgolden.update=true";

    static List<String> schemaFixtures() {
        return fixtures("schema/1.2", ".json", ".yaml");
    }

    private static List<String> readmeFixtures() {
        return fixtures("readme/roundtrip", ".md");
    }

    private static List<String> fixtures(String dir, String... suffixes) {
        try (Stream<Path> s = Files.list(resource(dir))) {
            return s.map(p -> dir + "/" + p.getFileName())
                    .filter(name -> Stream.of(suffixes).anyMatch(name::endsWith)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(ContentHashGoldenTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture's card, read under its bare file name (which a README's provenance records). */
    private static LoadedCard read(String fixture) throws IOException, InvalidInputException {
        Path p = resource(fixture);
        return CardReader.read(Files.readAllBytes(p), p.getFileName().toString(), CardReader.formatOf(p), false);
    }

    private static void assertMatchesGolden(Path golden, byte[] actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        assertThat(golden).as("golden file %s is missing: create it with %s", golden, UPDATE).exists();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as("%s changed; if that is intended (it changes stored content addresses), rerun with %s and review the diff",
                        golden, UPDATE)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFixtures")
    void aFixtureCardKeepsItsCanonicalForm(String fixture) throws Exception {
        String card = fixture.substring(0, fixture.lastIndexOf('.'));
        assertMatchesGolden(GOLDEN.resolve(card + ".canonical.json"), CanonicalJson.of(read(fixture).card()));
    }

    @Test
    void everyFixtureCardKeepsItsContentHash() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String fixture : Stream.concat(schemaFixtures().stream(), readmeFixtures().stream()).toList()) {
            lines.append(ContentHash.of(read(fixture).card())).append("  ").append(fixture).append('\n');
        }
        assertThat(lines).as("fixture cards found").contains("schema/1.2/full.json", "readme/roundtrip/big-ints.md");
        assertMatchesGolden(GOLDEN.resolve("content-hashes.txt"), lines.toString().getBytes(StandardCharsets.UTF_8));
    }
}
