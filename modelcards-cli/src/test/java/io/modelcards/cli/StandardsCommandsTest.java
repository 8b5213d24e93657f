package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.codec.CardCodec;
import io.modelcards.standards.Standard;
import io.modelcards.standards.Standards;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --to} and {@code import --from} with this build's own formats (mct, sagemaker): exact stdout, stderr
 * and exit code, kept in {@code src/test/resources/standards/} where they are long; the card's temporary path is
 * written {@code card.json} there.
 */
class StandardsCommandsTest {
    @TempDir
    Path tmp;

    Path card;

    @BeforeEach
    void writeTheFullestCard() throws Exception {
        card = tmp.resolve("card.json");
        Files.writeString(card, Fixtures.text("cards/full-every-field.json"), StandardCharsets.UTF_8);
    }

    private String local(String text) {
        return text.replace(tmp.toString() + "/", "");
    }

    @Test
    void exportToMctWritesTheDocumentAndWarnsOfEachValueNotCarried() throws Exception {
        Path out = tmp.resolve("card.mct.json");
        Cli.Run r = Cli.run("export", card.toString(), "--to", "mct", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(local(r.out())).isEqualTo("wrote card.mct.json (mct, 60 values not carried)\n");
        Golden.assertMatches("standards/export-mct.stderr.txt", local(r.err()));
        Golden.assertMatches("standards/export-mct.json", Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void exportToSageMakerWithAStatusWritesACreateModelCardRequest() throws Exception {
        Path out = tmp.resolve("card.sagemaker.json");
        Cli.Run r = Cli.run("export", card.toString(), "--to", "sagemaker", "--status", "published", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{\n  \"ModelCardName\": \"acme-everything\",\n"
                + "  \"ModelCardStatus\": \"Approved\",\n  \"Content\": \"{");
        assertThat(local(r.err()).lines().findFirst()).hasValue("card.json:0:0: warning: /metadata/language: SageMaker has no "
                + "Hugging Face metadata; only the license is carried [export/not-carried]");
    }

    @Test
    void explainPrintsTheMappingAndWritesNothing() {
        Cli.Run r = Cli.run("export", "--to", "sagemaker", "--explain");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.assertMatches("standards/explain-sagemaker.txt", r.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        Cli.Run r = Cli.run("export", card.toString(), "--to", "onnx", "-o", tmp.resolve("x.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--to:0:0: error: unknown format 'onnx': use one of cyclonedx, mct, sagemaker, spdx "
                + "[usage/format]\n");
        assertThat(tmp.resolve("x.json")).doesNotExist();
    }

    @Test
    void aSpecVersionForASingleVersionFormatIsAUsageError() {
        Cli.Run r = Cli.run("export", card.toString(), "--to", "mct", "--spec", "1.6", "-o", tmp.resolve("x.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--spec:0:0: error: mct has one version (0.0.2): leave out --spec [usage/spec]\n");
    }

    @Test
    void anUnknownStatusIsAUsageErrorThatListsTheStates() {
        Cli.Run r = Cli.run("export", card.toString(), "--to", "sagemaker", "--status", "live", "-o", tmp.resolve("x.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--status:0:0: error: unknown state 'live': use one of draft, in_review, changes_requested, "
                + "approved, published, deprecated, archived [usage/status]\n");
    }

    @Test
    void aFormatOptionWithoutToIsAUsageError() {
        Cli.Run r = Cli.run("export", "fraud-detector", "1.0.0", "-o", tmp.toString(), "--explain");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--explain:0:0: error: --explain goes with --to FORMAT: name the format to write "
                + "[usage/needs-to]\n");
    }

    @Test
    void anInvalidCardIsExitThreeAndNothingIsWritten() throws Exception {
        Files.writeString(card, "{\"schema_version\": \"1.0\", \"detail\": {}}", StandardCharsets.UTF_8);
        Path out = tmp.resolve("x.json");
        Cli.Run r = Cli.run("export", card.toString(), "--to", "mct", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.leaksNoStackTrace()).isTrue();
        assertThat(out).doesNotExist();
    }

    @Test
    void aSageMakerDocumentImportsBackToTheCardsCarriedFields() throws Exception {
        Path doc = tmp.resolve("card.sagemaker.json");
        assertThat(Cli.run("export", card.toString(), "--to", "sagemaker", "-o", doc.toString()).exitCode()).isZero();
        Path back = tmp.resolve("back.json");
        Cli.Run r = Cli.run("import", doc.toString(), "--from", "sagemaker", "-o", back.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(CardCodec.fromJson(Files.readString(back), "back.json").details().name()).isEqualTo("acme/everything");
    }

    @Test
    void anMctDocumentImportsToJsonOnStdout() throws Exception {
        Path doc = tmp.resolve("card.mct.json");
        Files.writeString(doc, "{\"schema_version\": \"0.0.2\", \"model_details\": {\"name\": \"tiny\"}}", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("import", doc.toString(), "--from", "mct");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"name\": \"tiny\"").contains("\"source\": \"import:mct\"");
    }

    @Test
    void aBadDocumentIsExitThreeWithItsLocatedLineAndNothingIsWritten() throws Exception {
        Path doc = tmp.resolve("bad.json");
        Files.writeString(doc, "{\n  \"intended_uses\": {\"risk_rating\": \"severe\"}\n}", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.json");
        Cli.Run r = Cli.run("import", doc.toString(), "--from", "sagemaker", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(local(r.err())).isEqualTo("bad.json:2:21: error: /intended_uses/risk_rating: \"severe\" is not a SageMaker risk "
                + "rating: use High, Medium, Low or Unknown [sagemaker/enum]\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void importFromAFormatWithNoImporterNamesThoseThatHaveOne() {
        Cli.Run r = Cli.run("import", card.toString(), "--from", "spdx");
        assertThat(r.exitCode()).isEqualTo(2);
        // The formats with an importer in this build (cyclonedx joins mct and sagemaker when its helper's part is merged).
        String readable = Arrays.stream(Standard.values()).filter(f -> Standards.importer(f).isPresent()).map(Standard::id)
                .collect(Collectors.joining(", "));
        assertThat(readable).contains("mct, sagemaker");
        assertThat(r.err()).isEqualTo("--from:0:0: error: spdx is written only, not read: import reads " + readable + ", or a "
                + "README.md without --from [usage/format]\n");
    }

    @Test
    void anExportWithoutAnOutputFileIsAUsageError() {
        Cli.Run r = Cli.run("export", card.toString(), "--to", "mct");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("export:0:0: error: use export CARD --to mct -o FILE: one card file and the file to write "
                + "[usage/arguments]\n");
    }

    @Test
    void anExportToStdoutPrintsTheDocumentOnly() {
        Cli.Run r = Cli.run("export", card.toString(), "--to", "mct", "-o", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{\n  \"schema_version\": \"0.0.2\",").endsWith("}\n");
    }
}
