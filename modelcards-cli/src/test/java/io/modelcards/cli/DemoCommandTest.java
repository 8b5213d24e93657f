package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.CardSourceMap;
import io.modelcards.diagnostic.Severity;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.validate.RulePack;
import io.modelcards.validate.ValidationOptions;
import io.modelcards.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main job for real (Tribuo training included) and checks what it writes. */
class DemoCommandTest {
    @TempDir
    static Path tmp;
    static Cli.Run run;

    @BeforeAll
    static void runTheDemo() {
        run = Cli.run("demo", "--out", tmp.resolve("card").toString());
    }

    @Test
    void theDemoSucceedsAndSaysWhereTheFilesAre() {
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("wrote " + tmp.resolve("card/README.md") + "\nwrote " + tmp.resolve("card/modelcard.html")
                + "\nwrote " + tmp.resolve("card/modelcard.json") + "\nwrote " + tmp.resolve("card/training_curve.svg") + "\n\n"
                + "modelcards demo: taking the card through a registry (embedded database in " + tmp.resolve("card/registry"));
        assertThat(run.err()).startsWith("modelcards demo: training a Tribuo logistic regression").doesNotContain("INFO");
    }

    @Test
    void theReadmeItWritesIsAValidHuggingFaceCard() throws Exception {
        Path readme = tmp.resolve("card/README.md");
        var parsed = ReadmeCodec.parse(Files.readString(readme), readme.toString(), false);
        var problems = Validator.validate(parsed.card(), parsed.sourceMap(), Set.of(RulePack.HF), ValidationOptions.DEFAULTS);
        assertThat(problems).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
        assertThat(parsed.card().metadata().evalResults()).isNotEmpty();
        assertThat(parsed.card().metadata().libraryName()).isEqualTo("tribuo");
    }

    @Test
    void theJsonCardCarriesEveryCapturedSection() throws Exception {
        Path json = tmp.resolve("card/modelcard.json");
        ModelCard card = CardCodec.fromJson(Files.readString(json), json.toString());
        assertThat(card.training().hyperparameters().nonDefault()).contains("epochs", "seed");
        assertThat(card.training().log()).isNotEmpty();
        assertThat(card.evaluation().quantitative()).anySatisfy(q -> assertThat(q.ciLow()).isNotNull());
        assertThat(card.datasets()).hasSize(2).allSatisfy(d -> assertThat(d.contentHash()).startsWith("sha256:"));
        assertThat(Validator.validate(card, CardSourceMap.of(CardMappers.json(), Files.readString(json), json.toString()),
                Set.of(), ValidationOptions.DEFAULTS)).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void theReadmeReferencesTheTrainingCurveImageWrittenBesideIt() throws Exception {
        assertThat(Files.readString(tmp.resolve("card/README.md"))).contains("![Training curve](training_curve.svg)");
        assertThat(Files.readString(tmp.resolve("card/training_curve.svg"))).startsWith("<svg").contains("objective");
    }

    @Test
    void theHtmlIsOneSelfContainedFile() throws Exception {
        String html = Files.readString(tmp.resolve("card/modelcard.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("tribuo-crescents-logreg", "<svg").doesNotContain("src=\"http");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            // The card's files; the registry's database holds times and a signing key of its own, which differ by run.
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theDemoTakesTheCardThroughTheRegistryToAPassingGate() throws Exception {
        assertThat(run.out()).contains("requested changes to tribuo-crescents-logreg 1.0.0: in_review → changes_requested\n")
                .contains("approved tribuo-crescents-logreg 1.0.0: in_review → approved\n")
                .contains("published tribuo-crescents-logreg 1.0.0: approved → published\n")
                .contains("gate passed: tribuo-crescents-logreg 1.0.0 passes the gate")
                .contains("audit chain verified: ");
        assertThat(Files.readString(tmp.resolve("card/published/README.md")).replaceAll("\\s+", " "))
                .contains("Do not retrain it on real data under this card");
    }

    @Test
    void theRegistryTheDemoLeavesVerifiesWhenOpenedDirectly() {
        Cli.Run r = Cli.run("audit", "verify", "--home", tmp.resolve("card/registry").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("audit chain verified: ");
    }

    @Test
    void reproducibleRunsWithTheSameSeedWriteIdenticalBytes() throws Exception {
        assertThat(Cli.run("demo", "--reproducible", "--out", tmp.resolve("r1").toString()).exitCode()).isZero();
        assertThat(Cli.run("demo", "--reproducible", "--out", tmp.resolve("r2").toString()).exitCode()).isZero();
        // Every file the demo writes, not a list kept here: a new output is held to the same promise.
        List<String> written = names(tmp.resolve("r1"));
        assertThat(written).contains("README.md", "modelcard.html", "modelcard.json");
        assertThat(names(tmp.resolve("r2"))).isEqualTo(written);
        for (String f : written) {
            assertThat(Files.readString(tmp.resolve("r2/" + f))).as(f).isEqualTo(Files.readString(tmp.resolve("r1/" + f)));
        }
        assertThat(Files.readString(tmp.resolve("r1/modelcard.json"))).doesNotContain("\"energy\"", "co2_eq_emissions");
        assertThat(Files.readString(tmp.resolve("r2/published/README.md")))
                .isEqualTo(Files.readString(tmp.resolve("r1/published/README.md")));
    }

    @Test
    void aNormalRunRecordsEnergyEnvironmentAndEmissions() throws Exception {
        String json = Files.readString(tmp.resolve("card/modelcard.json"));
        ModelCard card = CardCodec.fromJson(json, "modelcard.json");
        assertThat(card.training().energy().method()).isIn("rapl", "estimate");
        assertThat(card.training().environment().cores()).isPositive();
        assertThat(card.metadata().co2EqEmissions().emissions()).isNotNull().isNotNegative();
        assertThat(Files.readString(tmp.resolve("card/README.md"))).contains("co2_eq_emissions:\n  emissions: ");
    }
}
