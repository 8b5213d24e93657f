package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards render README.md -o card.html} finds the images the README shows beside it. */
class RenderImagesTest {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path tmp;

    private Path readme(String section) throws IOException {
        Path readme = tmp.resolve("model/README.md");
        Files.createDirectories(readme.resolveSibling("assets"));
        Files.writeString(readme, "---\nlicense: mit\n---\n# Model Card for demo\n\nA demo.\n\n## Plots\n\n" + section + "\n");
        return readme;
    }

    @Test
    void anImageThePersonPutBesideTheReadmeIsInlinedInTheHtml() throws IOException {
        Path readme = readme("![Loss by epoch](assets/plot.png)");
        Files.write(readme.resolveSibling("assets/plot.png"), PNG);
        Path html = tmp.resolve("out/card.html");

        Cli.Run r = Cli.run("render", readme.toString(), "-o", html.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(html)).contains("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)
                + "\" alt=\"Loss by epoch\" />");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMissingImageShowsItsAltTextAndIsAWarningNamingTheFile() throws IOException {
        Path readme = readme("![Loss by epoch](assets/missing.png)");
        Path html = tmp.resolve("card.html");

        Cli.Run r = Cli.run("render", readme.toString(), "-o", html.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(html)).contains("<p>Loss by epoch</p>").doesNotContain("<img");
        assertThat(r.err().lines()).contains(readme + ":0:0: warning: image 'assets/missing.png' is not shown in the HTML page: "
                + "there is no such file beside the card (put it there or fix the path); its alt text 'Loss by epoch' shows instead "
                + "[render/image-missing]");
    }

    @Test
    void aReadmeWrittenByRenderShowsItsTrainingCurveWhenRenderedAgainAsHtml() throws IOException {
        Path readme = tmp.resolve("out/README.md");
        assertThat(Cli.run("render", Fixtures.path("cards/classifier-training-curve.json").toString(), "-o", readme.toString())
                .exitCode()).isZero();
        Path html = tmp.resolve("card.html");

        Cli.Run r = Cli.run("render", readme.toString(), "-o", html.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).containsAnyOf("<svg", "data:image/svg+xml;base64,").doesNotContainPattern("<img(?![^>]*\\ssrc=\"data:)");
    }
}
