package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards render} with a card that has a training curve: the README and its chart file together. */
class RenderChartTest {
    static final Path CURVE = Fixtures.path("cards/classifier-training-curve.json");
    static final String SVG_GOLDEN = "golden/classifier-training-curve.training_curve.svg";

    @TempDir
    Path tmp;

    private static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void renderWritesTheReadmeAndItsChartBesideIt() throws IOException {
        Path readme = tmp.resolve("out/README.md");

        Cli.Run r = Cli.run("render", CURVE.toString(), "-o", readme.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(readme)).contains("![Training curve](training_curve.svg)");
        assertThat(Files.readAllBytes(tmp.resolve("out/training_curve.svg"))).isEqualTo(Fixtures.bytes(SVG_GOLDEN));
        assertThat(files(tmp.resolve("out"))).as("no temporary files left").isEqualTo(2);
    }

    @Test
    void renderToStdoutSkipsTheChartWithOneNote() {
        Cli.Run r = Cli.run("render", CURVE.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("![Training curve](training_curve.svg)");
        assertThat(r.err().lines()).containsExactly("note: training_curve.svg not written: output went to stdout; "
                + "use -o DIR/README.md to write it beside the card");
    }

    @Test
    void renderToHtmlWritesOneFileWithTheChartInline() throws IOException {
        Path html = tmp.resolve("card.html");

        assertThat(Cli.run("render", CURVE.toString(), "-o", html.toString()).exitCode()).isZero();

        assertThat(Files.readString(html)).contains("<svg").doesNotContain("training_curve.svg");
        assertThat(files(tmp)).isEqualTo(1);
    }

    @Test
    void whenTheChartCannotBeWrittenNothingIsWritten() throws IOException {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir.resolve("training_curve.svg").resolve("blocker"));

        Cli.Run r = Cli.run("render", CURVE.toString(), "-o", dir.resolve("README.md").toString());

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("output/unwritable");
        assertThat(r.leaksNoStackTrace()).isTrue();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("training_curve.svg");
        }
    }

    @Test
    void whenTheReadmeCannotBeReplacedTheOldChartIsPutBack() throws IOException {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir.resolve("README.md").resolve("blocker"));
        Files.writeString(dir.resolve("training_curve.svg"), "old");

        Cli.Run r = Cli.run("render", CURVE.toString(), "-o", dir.resolve("README.md").toString());

        assertThat(r.exitCode()).isNotZero();
        assertThat(Files.readString(dir.resolve("training_curve.svg"))).isEqualTo("old");
        assertThat(files(dir)).as("no temporary or backup files left").isEqualTo(2);
    }

    @Test
    void aCardWithoutALogWritesOnlyTheReadme() throws IOException {
        Path readme = tmp.resolve("README.md");

        Cli.Run r = Cli.run("render", CommandsTest.EXAMPLE.toString(), "-o", readme.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(files(tmp)).isEqualTo(1);
        assertThat(Files.readString(readme)).doesNotContain("training_curve");
    }
}
