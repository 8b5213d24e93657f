package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.hf.ReadmeCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's scenario: a person fills "Out-of-Scope Use" and "Bias, Risks, and Limitations" in the README that
 * {@code modelcards demo} wrote and renders it again. Nothing is appended twice, the captured facts stay, and the
 * HTML page still shows the training curve.
 */
class DemoReadbackTest {
    private static final String OUT_OF_SCOPE = "Do not use it for medical or legal decisions.";
    private static final String BIAS = "Trained on synthetic crescents only; it has never seen real data.";

    @TempDir
    static Path tmp;
    static String original;
    static String again;
    static String html;
    static Path readme;

    @BeforeAll
    static void editTheDemoReadmeAndRenderItAgain() throws Exception {
        Path dir = tmp.resolve("card");
        assertThat(Cli.run("demo", "--out", dir.toString()).exitCode()).isZero();
        readme = dir.resolve("README.md");
        original = Files.readString(readme);
        String edited = fill(fill(original, "### Out-of-Scope Use", OUT_OF_SCOPE), "## Bias, Risks, and Limitations", BIAS);
        Files.writeString(readme, edited);
        Cli.Run md = Cli.run("render", readme.toString(), "-o", dir.resolve("out.md").toString());
        Cli.Run page = Cli.run("render", readme.toString(), "-o", dir.resolve("out.html").toString());
        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(page.exitCode()).as(page.err()).isZero();
        again = Files.readString(dir.resolve("out.md"));
        html = Files.readString(dir.resolve("out.html"));
    }

    @Test
    void renderingTheEditedReadmeAgainDuplicatesNoSectionAndKeepsTheEdits() {
        assertThat(headings(again)).isEqualTo(headings(original));
        assertThat(again).contains(OUT_OF_SCOPE, BIAS);
    }

    @Test
    void theCapturedFactsStay() {
        assertThat(bullet(again, "Model type")).isEqualTo(bullet(original, "Model type")).isNotEqualTo("[More Information Needed]");
        assertThat(again).contains("#### Training Logs", "| Hyperparameter | Value | Changed |", "| Energy and emissions | Value |");
    }

    @Test
    void theEditsReadBackAsAPersonsTextAndTheCapturedValuesKeepTheirProvenance() throws Exception {
        ModelCard card = ReadmeCodec.parse(again, "out.md", false).card();
        assertThat(card.uses().outOfScopeUse()).isEqualTo(OUT_OF_SCOPE);
        assertThat(card.provenance().originOf("/uses/out_of_scope_use"))
                .isEqualTo(new Origin.Human(null, readme.toString(), null).withBasis(Facts.of(card)));
        assertThat(card.training().log()).isNotEmpty();
        assertThat(card.provenance().originOf("/training/log")).isInstanceOf(Origin.Auto.class);
    }

    @Test
    void theHtmlPageShowsTheTrainingCurveAndNoMarker() {
        assertThat(html).contains("<svg").doesNotContainPattern("<img(?![^>]*\\ssrc=)").doesNotContain("modelcards:");
    }

    /** The README with the text of the section under {@code heading} replaced by {@code text}. */
    static String fill(String readme, String heading, String text) {
        int start = readme.indexOf("\n" + heading + "\n") + heading.length() + 2;
        int end = readme.length();
        for (String mark : List.of("\n#", "\n<!-- modelcards:")) {
            int at = readme.indexOf(mark, start);
            end = at >= 0 ? Math.min(end, at + 1) : end;
        }
        return readme.substring(0, start) + "\n" + text + "\n\n" + readme.substring(end);
    }

    private static String bullet(String readme, String label) {
        Matcher m = Pattern.compile("(?m)^- \\*\\*" + Pattern.quote(label) + ":\\*\\* (.*)$").matcher(readme);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> headings(String readme) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^#{1,6} .*$").matcher(readme.replaceAll("(?s)```.*?```", ""));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
