package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards render CARD --profile [ROLE=]profile.json}: profiles shown as Training and Evaluation Data. */
class RenderProfileTest {
    static final Path DIR = Path.of("src/test/resources/profiles");
    static final Path BARE = DIR.resolve("card-without-datasets.json");
    static final Path TRAIN = DIR.resolve("train.profile.json");
    static final Path TEST = DIR.resolve("test.profile.json");
    static final Path PROFILED = Fixtures.path("cards/profiled-datasets.json");

    @TempDir
    Path tmp;

    /** A golden output of modelcards-render, from its test-jar. */
    private static String golden(String name) {
        return Fixtures.text("golden/" + name);
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1L;
    }

    @Test
    void twoProfilesRenderAsTheCardThatEmbedsThem() throws IOException {
        Cli.Run r = Cli.run("render", BARE.toString(), "--profile", TRAIN.toString(), "--profile", TEST.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(golden("profiled-datasets.classifier.md"));
    }

    @Test
    void theChartFilesAreWrittenBesideTheReadme() throws IOException {
        Path readme = tmp.resolve("out/README.md");

        Cli.Run r = Cli.run("render", BARE.toString(), "--profile", TRAIN.toString(), "--profile", TEST.toString(),
                "-o", readme.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readAllBytes(tmp.resolve("out/data_acme-product-reviews-train.svg")))
                .isEqualTo(Fixtures.bytes("golden/profiled-datasets.data_acme-product-reviews-train.svg"));
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("README.md",
                    "data_acme-product-reviews-train.svg", "data_acme-product-reviews-test.svg");
        }
    }

    @Test
    void aProfileReplacesTheCardsDatasetOfTheSameNameAndRole() throws IOException {
        Cli.Run r = Cli.run("render", PROFILED.toString(), "--profile", "evaluation=" + TEST);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(golden("profiled-datasets.classifier.md"));
        assertThat(count(r.out(), "Sampled 20,000 of 50,000 rows with seed 42.")).isEqualTo(1);
    }

    @Test
    void aTestSplitGoesToEvaluationDataWithoutARole() {
        String md = Cli.run("render", BARE.toString(), "--profile", TEST.toString()).out();

        assertThat(md.indexOf("Sampled 20,000 of 50,000 rows")).isGreaterThan(md.indexOf("### Evaluation Data"));
        assertThat(md).contains("### Training Data\n\n[More Information Needed]");
    }

    @Test
    void aRoleBeforeThePathWinsOverTheSplit() {
        String md = Cli.run("render", BARE.toString(), "--profile", "training=" + TEST).out();

        assertThat(md).doesNotContain("### Evaluation Data");
        assertThat(md.indexOf("Sampled 20,000 of 50,000 rows")).isBetween(md.indexOf("### Training Data"),
                md.indexOf("### Training Procedure"));
    }

    @Test
    void theHtmlCarriesBothChartsInline() {
        Cli.Run r = Cli.run("render", BARE.toString(), "--profile", TRAIN.toString(), "--profile", TEST.toString(),
                "--format", "html");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(count(r.out(), "class=\"data-profile\"")).isEqualTo(2);
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        Cli.Run r = Cli.run("render", BARE.toString(), "--profile", "holdout=" + TEST);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("--profile:0:0: error: unknown role 'holdout' in --profile holdout=" + TEST
                + ": use training=PATH or evaluation=PATH, or just PATH [usage/profile-role]\n");
    }

    @Test
    void aMissingProfileFileIsReportedAndNothingIsWritten() {
        Path out = tmp.resolve("README.md");

        Cli.Run r = Cli.run("render", BARE.toString(), "--profile", "nope.json", "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("nope.json:0:0: error: no such file: check the path [input/not-found]\n");
        assertThat(out).doesNotExist();
    }
}
