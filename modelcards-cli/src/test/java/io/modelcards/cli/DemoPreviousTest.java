package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code modelcards demo --previous DIR}, end to end: a first run, a person's edits (by hand in the README and with
 * {@code set}), then a retrain merged into the card; the edits survive and the captured facts are the new run's.
 */
class DemoPreviousTest {
    static final String OUT_OF_SCOPE = "Any real decision, about people or otherwise.";
    static final String EDITED = OUT_OF_SCOPE + " Not for grading homework either.";
    static final String USERS = "Engineers wiring modelcards into a Tribuo training loop.";
    static final String TRAIN_CHANGED = "training data NoisyInterlockingCrescentsDataSource (train) changed sha256:a0f5… → ";

    @TempDir
    static Path tmp;
    static Path dir;
    static ModelCard first;
    static Cli.Run retrain;

    @BeforeAll
    static void runTwiceWithEditsBetween() throws Exception {
        dir = tmp.resolve("card");
        assertThat(Cli.run("demo", "--reproducible", "--out", dir.toString()).exitCode()).isZero();
        first = CardReader.read(dir.resolve("README.md"), false).card();
        Path readme = dir.resolve("README.md");
        String text = Files.readString(readme);
        assertThat(text).containsOnlyOnce(OUT_OF_SCOPE);
        Files.writeString(readme, text.replace(OUT_OF_SCOPE, EDITED));
        assertThat(Cli.run("set", readme.toString(), "/uses/primary_users=" + USERS, "--by", "alice", "--at", SetCommandTest.AT)
                .exitCode()).isZero();
        retrain = Cli.run("demo", "--reproducible", "--previous", dir.toString());
    }

    static ModelCard readme() throws Exception {
        return CardReader.read(dir.resolve("README.md"), false).card();
    }

    @Test
    void theRetrainWritesIntoTheDirectoryWithTheNextSeed() {
        assertThat(retrain.exitCode()).isZero();
        assertThat(retrain.out()).startsWith("wrote " + dir.resolve("README.md") + "\n");
        assertThat(retrain.err()).contains("(seed 43)").contains("modelcards demo: merged into " + dir.resolve("README.md") + ": ");
    }

    @Test
    void aSectionEditedByHandSurvivesTheRetrain() throws Exception {
        assertThat(Files.readString(dir.resolve("README.md"))).contains(EDITED);
        assertThat(readme().uses().outOfScopeUse()).startsWith(EDITED);
    }

    @Test
    void aFieldSetWithSetSurvivesWithItsAuthor() throws Exception {
        ModelCard card = readme();
        assertThat(card.uses().primaryUsers()).isEqualTo(USERS);
        assertThat(card.provenance().originOf("/uses/primary_users")).isInstanceOfSatisfying(Origin.Human.class,
                h -> assertThat(h.author()).isEqualTo("alice"));
    }

    @Test
    void textWrittenAgainstTheFirstRunsFactsIsFlaggedStaleWithTheReason() {
        assertThat(retrain.err()).containsPattern("; [1-9][0-9]* fields a person wrote are stale \\(modelcards validate --rules review");
        Cli.Run review = Cli.run("validate", "--rules", "review", dir.resolve("README.md").toString());
        assertThat(review.exitCode()).isEqualTo(3);
        assertThat(review.err()).contains("error: /uses/primary_users was written against facts that changed (" + TRAIN_CHANGED)
                .contains("error: /considerations/bias_risks_limitations was written against facts that changed (" + TRAIN_CHANGED)
                .contains("; accuracy 0.867 → ");
    }

    @Test
    void confirmClearsAStaleFieldOfTheRetrainedCard() throws Exception {
        Path copy = tmp.resolve("copy/README.md");
        Files.createDirectories(copy.getParent());
        Files.copy(dir.resolve("README.md"), copy);
        Cli.Run r = Cli.run("confirm", copy.toString(), "--field", "/uses/primary_users", "--by", "bob");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("confirmed /uses/primary_users (was stale: " + TRAIN_CHANGED);
        assertThat(Cli.run("validate", "--rules", "review", copy.toString()).err()).doesNotContain("/uses/primary_users")
                .contains("/considerations/bias_risks_limitations");
    }

    @Test
    void theCapturedFactsAreTheNewRuns() throws Exception {
        ModelCard card = readme();
        assertThat(card.datasets().get(0).contentHash()).isNotEqualTo(first.datasets().get(0).contentHash());
        assertThat(card.training().hyperparameters().all()).containsEntry("seed", 43);
    }

    @Test
    void theJsonCardIsTheSameCardWithoutTheReadmeLayout() throws Exception {
        ModelCard json = CardReader.read(dir.resolve("modelcard.json"), false).card();
        assertThat(json.source()).isNull();
        assertThat(json.uses().outOfScopeUse()).startsWith(EDITED);
    }

    @Test
    void aDirectoryWithoutACardIsInvalidInputAndNothingIsTrained() {
        Cli.Run r = Cli.run("demo", "--previous", tmp.resolve("empty").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(tmp.resolve("empty/README.md") + ":0:0: error: no such file: check the path [input/not-found]\n");
        assertThat(tmp.resolve("empty")).doesNotExist();
    }
}
