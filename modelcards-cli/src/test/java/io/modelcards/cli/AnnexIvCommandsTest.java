package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --rules annex-iv} and {@code render --compliance annex-iv} on the card that documents Annex IV. */
class AnnexIvCommandsTest {
    @TempDir
    Path tmp;

    /** The documented card as a file, without the lines of the compliance texts named (each is one line there). */
    private Path card(String... removed) throws IOException {
        String text = Fixtures.text("schema/1.4/annex-iv.json");
        for (String key : removed) {
            text = text.replaceAll("(?m)^ *\"" + key + "\": .*\n", "");
        }
        Path file = tmp.resolve("annex-iv.json");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theDocumentedCardPassesTheAnnexIvPack() throws IOException {
        Path file = card();
        Cli.Run r = Cli.run("validate", "--rules", "annex-iv", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(file + ": ok\n");
    }

    @Test
    void aCardWithoutItsCybersecurityTextFailsWithOneLocatedError() throws IOException {
        Path file = card("cybersecurity");
        Cli.Run r = Cli.run("validate", "--rules", "annex-iv", file.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(file + ":61:3: error: Annex IV 2(h) (Cybersecurity) is missing: write the cybersecurity "
                + "measures under \"## EU AI Act Technical Documentation > ### Cybersecurity Measures\" in README.md "
                + "(/compliance/cybersecurity) [annex-iv/2h]\n");
        assertThat(r.out()).isEqualTo(file + ": 1 error\n");
    }

    @Test
    void theComplianceViewIsAddedToTheHtmlOutput() throws IOException {
        Path out = tmp.resolve("card.html");
        Cli.Run r = Cli.run("render", card("standards").toString(), "--compliance", "annex-iv", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("EU AI Act Annex IV coverage", "22 covered, 0 partly, 1 missing.");
    }

    @Test
    void theComplianceViewIsRefusedForMarkdown() throws IOException {
        Cli.Run r = Cli.run("render", card().toString(), "--compliance", "annex-iv", "--format", "md");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--compliance:0:0: error: --compliance shows in html only: add --format html "
                + "[usage/compliance]\n");
    }

    @Test
    void anUnknownComplianceViewIsAUsageError() throws IOException {
        Cli.Run r = Cli.run("render", card().toString(), "--compliance", "nist", "--format", "html");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown compliance view 'nist': use annex-iv [usage/compliance]");
    }
}
