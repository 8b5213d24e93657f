package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: every card under {@code validate/bad/} and {@code validate/warn/} gives exactly the diagnostic lines of
 * its {@code .expected} file; bad cards have an error, warn cards only warnings, good cards nothing at error level.
 */
class CorpusTest {

    static Stream<Path> bad() throws Exception {
        return CardCorpus.cards("bad");
    }

    static Stream<Path> warn() throws Exception {
        return CardCorpus.cards("warn");
    }

    static Stream<Path> good() throws Exception {
        return CardCorpus.cards("good");
    }

    static Stream<Path> badAndWarn() throws Exception {
        return Stream.concat(bad(), warn());
    }

    private static List<String> lines(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).toList();
    }

    @Test
    void theBadCorpusHasAtLeastFortyCards() throws Exception {
        assertThat(bad().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAndWarn")
    void aCorpusCardGivesExactlyItsExpectedDiagnostics(Path card) throws Exception {
        List<String> actual = lines(CardCorpus.diagnose(card, CardCorpus.packsFor(card)));
        Path expected = CardCorpus.expectedFile(card);
        if (Boolean.getBoolean("modelcards.writeExpected") && !Files.exists(expected)) {
            // Writes a first draft into the source tree for a person to check line by line before committing it.
            Path source = Path.of(expected.toString().replace("target/test-classes", "src/test/resources"));
            Files.writeString(source, actual.isEmpty() ? "" : String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(expected)).as("%s has no .expected file", card.getFileName()).isTrue();
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void aBadCardHasAtLeastOneError(Path card) throws Exception {
        assertThat(CardCorpus.diagnose(card, CardCorpus.packsFor(card))).extracting(Diagnostic::severity).contains(Severity.ERROR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warn")
    void aWarnCardReadsAndHasWarningsButNoError(Path card) throws Exception {
        List<Diagnostic> ds = CardCorpus.diagnose(card, CardCorpus.packsFor(card));
        assertThat(ds).isNotEmpty().extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void aGoodCardHasNoErrorUnderEveryPack(Path card) throws Exception {
        List<Diagnostic> ds = CardCorpus.diagnose(card, EnumSet.allOf(RulePack.class));
        assertThat(ds).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAndWarn")
    void everyPackRunsOnEveryCorpusCardAndReportsOnlyLocatedLines(Path card) throws Exception {
        // Bad input must give diagnostics, never an exception, whichever packs run.
        assertThat(CardCorpus.diagnose(card, EnumSet.allOf(RulePack.class)))
                .allSatisfy(d -> assertThat(d.line()).isPositive())
                .allSatisfy(d -> assertThat(d.file()).isEqualTo(card.getFileName().toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void aGoodCardHasNoWarningEither(Path card) throws Exception {
        assertThat(lines(CardCorpus.diagnose(card, EnumSet.allOf(RulePack.class)))).isEmpty();
    }
}
