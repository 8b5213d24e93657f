package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code modelcards diff} on the fixture pairs of modelcards-core ({@code src/test/resources/diff/}): the output is
 * core's golden form, and {@code --fail-on} exits 3 exactly when a metric got worse by more than allowed.
 */
class DiffCommandTest {
    static final Path PAIRS = SourceTree.file("modelcards-core/src/test/resources/diff");

    @TempDir
    Path tmp;

    static String old(String pair) {
        return card(pair, "old");
    }

    static String now(String pair) {
        return card(pair, "new");
    }

    private static String card(String pair, String which) {
        Path json = PAIRS.resolve(pair).resolve(which + ".json");
        return (Files.exists(json) ? json : PAIRS.resolve(pair).resolve(which + ".md")).toString();
    }

    private static String golden(String pair, String file) throws IOException {
        return Files.readString(PAIRS.resolve(pair).resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theDiffGoesToStdoutAsTextByDefault() throws IOException {
        Cli.Run r = Cli.run("diff", old("retrained"), now("retrained"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(golden("retrained", "diff.txt"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void markdownIsWrittenToTheOutputFile() throws IOException {
        Path out = tmp.resolve("diff.md");
        Cli.Run r = Cli.run("diff", old("readme"), now("readme"), "--format", "md", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(golden("readme", "diff.md"));
    }

    @Test
    void jsonIsTheVersionedForm() throws IOException {
        Cli.Run r = Cli.run("diff", old("profiles"), now("profiles"), "--format", "json");
        assertThat(r.out()).isEqualTo(golden("profiles", "diff.json")).contains("\"diff_version\": \"1.0\"");
    }

    @Test
    void withoutFailOnAWorseMetricStillExitsZero() {
        assertThat(Cli.run("diff", old("readme"), now("readme")).exitCode()).isZero();
    }

    @Test
    void aPrimaryMetricThatGotWorseWithoutIntervalsFailsTheGateAndSaysByHowMuch() {
        Cli.Run r = Cli.run("diff", old("readme"), now("readme"), "--fail-on", "regression");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(now("readme") + ":0:0: error: primary metric accuracy on imdb/test (model-index) got worse by "
                + "0.0162 (0.8812 → 0.865), more than the tolerance 0").contains("[diff/regression]");
        assertThat(r.out()).startsWith("Model: tribuo-sentiment-sgd");
    }

    @Test
    void aDropWithinTheTolerancePassesTheGate() {
        Cli.Run r = Cli.run("diff", old("readme"), now("readme"), "--fail-on", "regression", "--tolerance", "0.02");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aPrimaryMetricThatGotWorseWithinOverlappingIntervalsPassesTheGate() {
        assertThat(Cli.run("diff", old("retrained"), now("retrained"), "--fail-on", "regression").exitCode()).isZero();
    }

    @Test
    void anyRegressionAlsoLooksAtMetricsThatAreNotPrimary() {
        Cli.Run r = Cli.run("diff", old("retrained"), now("retrained"), "--fail-on", "any-regression");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("metric precision on SST-2/validation [label=negative] (evaluation) got worse by 0.0094")
                .doesNotContain("primary metric accuracy on SST-2/validation (evaluation)");
    }

    @Test
    void aMetricTheNewCardNoLongerHasIsAWarningOfTheGate() {
        Cli.Run r = Cli.run("diff", old("retrained"), now("retrained"), "--fail-on", "any-regression");
        assertThat(r.err()).contains(now("retrained") + ":0:0: warning: metric accuracy on SST-2/validation [length=> 40 tokens] "
                + "(evaluation) is in " + old("retrained") + " but not in this card").contains("[diff/metric-removed]");
    }

    @Test
    void theGateOnThePrimaryMetricSaysNothingOfOtherMetricsThatWentAway() {
        assertThat(Cli.run("diff", old("retrained"), now("retrained"), "--fail-on", "regression").err()).isEmpty();
    }

    @Test
    void aCardOfAnOlderSchemaVersionIsMigratedBeforeItIsCompared() {
        String v10 = SourceTree.file("modelcards-core/src/test/resources/cards/classifier-sentiment.json").toString();
        Cli.Run r = Cli.run("diff", v10, now("retrained"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Model: acme/sentiment-sgd, version 1.2.0 → 1.3.0\n");
    }

    @Test
    void aPrimaryMetricThatGotWorseBeyondBothIntervalsFailsTheGate() {
        Cli.Run r = Cli.run("diff", now("profiles"), old("profiles"), "--fail-on", "regression");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("primary metric accuracy on SST-2/validation (evaluation) got worse by 0.0278")
                .contains("outside both confidence intervals");
    }

    @Test
    void anImprovedPrimaryMetricPassesTheGate() {
        assertThat(Cli.run("diff", old("profiles"), now("profiles"), "--fail-on", "regression").exitCode()).isZero();
    }

    @Test
    void anUnchangedCardPassesEvenTheStrictestGate() {
        Cli.Run r = Cli.run("diff", old("retrained"), old("retrained"), "--fail-on", "any-regression");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Summary: metrics 10 unchanged");
    }

    @Test
    void cardsOfDifferentModelsAreRefusedAndNothingIsWritten() {
        Path out = tmp.resolve("diff.txt");
        Cli.Run r = Cli.run("diff", old("retrained"), now("profiles"), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(now("profiles") + ":0:0: error: this card describes model 'acme/review-stars' and "
                + old("retrained") + " describes 'acme/sentiment-sgd': compare two versions of one model, or pass "
                + "--allow-different-models [diff/different-models]\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void cardsOfDifferentModelsAreComparedWhenAllowed() {
        Cli.Run r = Cli.run("diff", old("retrained"), now("profiles"), "--allow-different-models");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Model: acme/sentiment-sgd 1.2.0 → acme/review-stars 1.3.0\n");
    }

    @Test
    void aMissingCardIsInvalidInputAndNothingIsWritten() {
        Path out = tmp.resolve("diff.txt");
        Cli.Run r = Cli.run("diff", old("retrained"), tmp.resolve("missing.json").toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).endsWith("error: no such file: check the path [input/not-found]\n");
        assertThat(r.leaksNoStackTrace()).isTrue();
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run r = Cli.run("diff", old("retrained"), now("retrained"), "--format", "html");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--format:0:0: error: unknown format 'html': use text, md or json [usage/format]\n");
    }

    @Test
    void anUnknownFailOnIsAUsageError() {
        Cli.Run r = Cli.run("diff", old("retrained"), now("retrained"), "--fail-on", "regressions");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("[usage/fail-on]");
    }

    @Test
    void aNegativeToleranceIsAUsageError() {
        Cli.Run r = Cli.run("diff", old("retrained"), now("retrained"), "--fail-on", "regression", "--tolerance", "-0.1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("[usage/tolerance]");
    }

    @Test
    void aToleranceThatIsNoNumberIsAUsageError() {
        Cli.Run r = Cli.run("diff", old("retrained"), now("retrained"), "--tolerance", "a-little");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.leaksNoStackTrace()).isTrue();
    }

    @Test
    void oneCardIsAUsageError() {
        assertThat(Cli.run("diff", old("retrained")).exitCode()).isEqualTo(2);
    }
}
