package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.RiskRating;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    /** Every list bundled beside {@link Vocabulary}, so that a list added later is checked too. */
    static List<String> bundledLists() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(Vocabulary.class.getResource("hf-licenses.txt").toURI()).getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledLists")
    void everyListNamesItsSourceAndDateInItsHeader(String name) throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("# ").contains("# Source:").containsPattern("# Retrieved: \\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void theHubLicenceListHasOtherAndTheCommonIds() {
        assertThat(Vocabulary.get().hfLicenses()).contains("apache-2.0", "mit", "openrail", "cc-by-4.0", "llama3.1", "other", "unknown");
    }

    @Test
    void spdxIdsMatchIgnoringCaseAndGiveTheCanonicalSpelling() {
        assertThat(Vocabulary.get().spdx("apache-2.0")).contains("Apache-2.0");
        assertThat(Vocabulary.get().spdx("not-a-licence")).isEmpty();
    }

    @Test
    void languageCodesOfAllThreeIso639PartsAreKnown() {
        Vocabulary v = Vocabulary.get();
        assertThat(v.isLanguage("en")).isTrue();
        assertThat(v.isLanguage("ger")).isTrue();
        assertThat(v.isLanguage("deu")).isTrue();
        assertThat(v.isLanguage("yue")).isTrue();
        assertThat(v.isLanguage("qqq")).isFalse();
        assertThat(v.languageByName("german")).contains("de");
    }

    @Test
    void theRiskRatingListMatchesTheCardEnum() throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream("risk-ratings.txt")) {
            String[] listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .toArray(String[]::new);
            assertThat(listed).containsExactly(Arrays.stream(RiskRating.values()).map(RiskRating::text).toArray(String[]::new));
        }
    }
}
