package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.SchemaVersion;
import io.modelcards.codec.CardCodec;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.testing.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    /** The shipped example project's card, read where it is shipped (not copied) so that the tests follow it. */
    static final Path EXAMPLE = SourceTree.file("examples/sentiment-classifier/README.md");

    @TempDir
    Path tmp;

    @Test
    void importPrintsTheCardAsJsonOnStdout() throws Exception {
        Cli.Run r = Cli.run("import", EXAMPLE.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        String expected = CardCodec.toJson(ReadmeCodec.parse(Files.readString(EXAMPLE), EXAMPLE.toString(), false).card());
        assertThat(r.out()).isEqualTo(expected);
    }

    @Test
    void convertReadmeToJsonAndBackGivesTheSameBytes() throws IOException {
        Path json = tmp.resolve("card.json");
        Path back = tmp.resolve("README.md");
        assertThat(Cli.run("convert", EXAMPLE.toString(), "-o", json.toString()).exitCode()).isZero();
        assertThat(Cli.run("convert", json.toString(), "-o", back.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(EXAMPLE));
    }

    @Test
    void convertReadmeToYamlAndBackGivesTheSameBytes() throws IOException {
        Path yaml = tmp.resolve("card.yaml");
        Path back = tmp.resolve("README.md");
        assertThat(Cli.run("convert", EXAMPLE.toString(), "-o", yaml.toString()).exitCode()).isZero();
        assertThat(Files.readString(yaml)).startsWith("schema_version: \"" + SchemaVersion.CURRENT + "\"\n");
        assertThat(Cli.run("convert", yaml.toString(), "-o", back.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(EXAMPLE));
    }

    @Test
    void renderWritesAReadmeWithFrontMatterAndTheModelName() throws IOException {
        Path out = tmp.resolve("out/README.md");
        Cli.Run r = Cli.run("render", EXAMPLE.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(out)).startsWith("---\ndatasets:\n- imdb\n").contains("\n---\n", "tribuo-sentiment-sgd");
    }

    @Test
    void renderPicksHtmlFromTheOutputExtension() throws IOException {
        Path out = tmp.resolve("card.html");
        assertThat(Cli.run("render", EXAMPLE.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("tribuo-sentiment-sgd");
    }

    @Test
    void renderedFilesAreReadableByOthersLikeAnyNewFile() throws IOException {
        Path out = tmp.resolve("card.json");
        assertThat(Cli.run("render", EXAMPLE.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }

    @Test
    void renderJsonIsTheCardJson() throws Exception {
        Cli.Run r = Cli.run("render", EXAMPLE.toString(), "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(CardCodec.toJson(ReadmeCodec.parse(Files.readString(EXAMPLE), EXAMPLE.toString(), false).card()));
    }

    @Test
    void aUserTemplateSeesHuggingFaceNamesAndVarsWinOverTheVarsFile() throws IOException {
        Path tpl = tmp.resolve("t.md.j2");
        Files.writeString(tpl, "{{ license }}|{{ model_id }}|{{ owner }}|{{ tags | join(',') }}\n");
        Path vars = tmp.resolve("vars.json");
        Files.writeString(vars, "{\"model_id\": \"from-file\", \"owner\": \"ana\"}");
        Cli.Run r = Cli.run("render", EXAMPLE.toString(), "--template", tpl.toString(), "--vars", vars.toString(),
                "--var", "model_id=from-flag", "--format", "md");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo(tpl + ":0:0: warning: your variable 'model_id' replaces the card's value of that name, "
                + "and the template sees yours: rename yours to keep both [template/variable-replaced]\n");
        // Like Jinja2 (keep_trailing_newline=False), the template's final newline is dropped.
        assertThat(r.out()).endsWith("\n---\napache-2.0|from-flag|ana|text-classification,sentiment,tribuo");
    }

    @Test
    void strictRenderingMakesAnUndefinedVariableAnErrorAndWritesNothing() throws IOException {
        Path tpl = tmp.resolve("t.j2");
        Files.writeString(tpl, "ok\n{{ licence }}\n");
        Path out = tmp.resolve("o.md");
        Cli.Run r = Cli.run("render", EXAMPLE.toString(), "--template", tpl.toString(), "--strict", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(tpl + ":2:").contains("licence");
        assertThat(out).doesNotExist();
    }

    @Test
    void aVarWithoutAnEqualsSignIsAUsageError() {
        Cli.Run r = Cli.run("render", EXAMPLE.toString(), "--var", "model_id");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--var:0:0: error: 'model_id' is not k=v: write --var name=value [usage/var]\n");
    }

    @Test
    void validateReportsACleanCardAsOk() {
        Cli.Run r = Cli.run("validate", EXAMPLE.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(EXAMPLE + ": ok, 1 warning\n");
    }

    @Test
    void validateWithTheCompletePackPrintsTheScoreAndFailsUnderTheThreshold() {
        Cli.Run r = Cli.run("validate", "--rules", "complete", EXAMPLE.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).matches(".*: \\d+ errors, 1 warning, completeness \\d+/100\n");
        assertThat(r.err()).contains("[complete/score]");
    }

    @Test
    void validateAcceptsAThresholdTheCardMeets() {
        Cli.Run r = Cli.run("validate", "--rules", "complete", "--threshold", "10", EXAMPLE.toString());
        assertThat(r.err()).doesNotContain("[complete/score]");
    }

    @Test
    void anUnknownRulePackIsAUsageError() {
        Cli.Run r = Cli.run("validate", "--rules", "strictest", EXAMPLE.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("--rules:0:0: error: unknown rule pack \"strictest\": use schema, hf, complete, review or annex-iv "
                        + "[usage/rules]\n");
    }

    @Test
    void validateChecksEveryFileAndFailsIfAnyHasAnError() throws IOException {
        Path bad = tmp.resolve("bad.md");
        Files.writeString(bad, "---\nlicense: apache2\n---\n");
        Cli.Run r = Cli.run("validate", EXAMPLE.toString(), bad.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEqualTo(EXAMPLE + ": ok, 1 warning\n" + bad + ": 1 error\n");
    }
}
