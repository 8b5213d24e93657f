package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code render} picks its output format: {@code --format} by name, else {@code -o}'s extension, else md. */
class RenderFormatTest {
    @TempDir
    Path tmp;

    private Path card;

    @BeforeEach
    void writeCard() throws Exception {
        card = Files.writeString(tmp.resolve("card.json"), CardCodec.toJson(ModelCard.empty()));
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        Cli.Run r = Cli.run("render", card.toString(), "--format", "pdf");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--format:0:0: error: unknown format 'pdf': use md, html or json [usage/format]\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFormatNameInAnyCaseIsAccepted() {
        Cli.Run r = Cli.run("render", card.toString(), "--format", "JSON");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(CardCodec.toJson(ModelCard.empty()));
    }

    @Test
    void anHtmOutputFileGetsHtml() throws Exception {
        Path out = tmp.resolve("card.HTM");

        assertThat(Cli.run("render", card.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anOutputFileOfAnotherExtensionGetsMarkdown() throws Exception {
        Path out = tmp.resolve("card.txt");

        assertThat(Cli.run("render", card.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("---\n");
    }

    @Test
    void theFormatNameWinsOverTheOutputFilesExtension() throws Exception {
        Path out = tmp.resolve("card.html");

        assertThat(Cli.run("render", card.toString(), "--format", "json", "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo(CardCodec.toJson(ModelCard.empty()));
    }
}
