package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.testing.Golden;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Every pack a card without a legal duty runs: all but {@code annex-iv}, which documents an EU provider's duties and
     * reports each undocumented point of Annex IV (its own tests hold it to a card that documents every point).
     */
    private static Set<RulePack> generalPacks() {
        return EnumSet.complementOf(EnumSet.of(RulePack.ANNEX_IV));
    }

    private static List<String> lines(List<Diagnostic> problems) {
        return problems.stream().map(Diagnostic::format).toList();
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
        // One diagnostic per line, each ending in a line end; the update switch writes a draft to check line by line.
        Golden.assertMatches("validate/" + card.getParent().getFileName() + "/" + expected.getFileName(),
                actual.stream().map(line -> line + "\n").collect(Collectors.joining()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void aBadCardHasAtLeastOneError(Path card) throws Exception {
        assertThat(CardCorpus.diagnose(card, CardCorpus.packsFor(card))).extracting(Diagnostic::severity).contains(Severity.ERROR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warn")
    void aWarnCardReadsAndHasWarningsButNoError(Path card) throws Exception {
        List<Diagnostic> problems = CardCorpus.diagnose(card, CardCorpus.packsFor(card));
        assertThat(problems).isNotEmpty().extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void aGoodCardHasNoErrorUnderEveryGeneralPack(Path card) throws Exception {
        List<Diagnostic> problems = CardCorpus.diagnose(card, generalPacks());
        assertThat(problems).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
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
        assertThat(lines(CardCorpus.diagnose(card, generalPacks()))).isEmpty();
    }
}
