package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardCodec;
import io.modelcards.edit.CardEdit;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    private static final Origin CAPTURE = new Origin.Auto("capture:test");
    private static final String PERSON_TEXT = "Only for the support team's review queue (a person's words).";

    @TempDir
    Path tmp;

    Path readme;
    Path captured;

    /** A rendered README a person edited, and a new capture of the same model with 9 epochs. */
    @BeforeEach
    void cards() throws Exception {
        ModelCard card = Fixtures.card("classifier-sentiment");
        Path json = tmp.resolve("card.json");
        Files.writeString(json, CardCodec.toJson(card));
        readme = tmp.resolve("README.md");
        assertThat(Cli.run("render", json.toString(), "-o", readme.toString()).exitCode()).isZero();
        Files.writeString(readme, Files.readString(readme).replaceFirst("(### Direct Use\n\n)[^\n]*\n", "$1" + PERSON_TEXT + "\n"));
        captured = tmp.resolve("new.json");
        Files.writeString(captured, CardCodec.toJson(CardEdit.set(card, "/training/hyperparameters/all/epochs", 9, CAPTURE)));
    }

    @Test
    void aMergeIntoAReadmeKeepsThePersonsTextAndShowsTheNewCapture() throws Exception {
        Cli.Run r = Cli.run("merge", "--captured", captured.toString(), "--into", readme.toString(), "-o", readme.toString());

        assertThat(r.exitCode()).isZero();
        String merged = Files.readString(readme);
        assertThat(merged).contains("\n" + PERSON_TEXT + "\n").contains("| `epochs` | 9 | ✎ |").doesNotContain("| `epochs` | 5 |");
        assertThat(ReadmeCodec.parse(merged, "README.md", false).card().training().hyperparameters().all()).containsEntry("epochs", 9);
        assertThat(tmp.resolve("training_curve.svg")).exists();
    }

    @Test
    void aPersonsTextOverADifferentCapturedValueIsAWarningAtItsLineInThePreviousCard() {
        Cli.Run r = Cli.run("merge", "--captured", captured.toString(), "--into", readme.toString(), "-o",
                tmp.resolve("out.json").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).matches("(?s)" + Pattern.quote(readme.toString()) + ":\\d+:1: warning: /uses/direct_use keeps "
                + "what a person wrote \\(in .*README.md\\); the new capture says \"Route incoming.*\\[merge/human-over-captured\\]\n");
    }

    @Test
    void explainListsWhereEachFieldCameFrom() {
        Cli.Run r = Cli.run("merge", "--captured", captured.toString(), "--into", readme.toString(), "-o",
                tmp.resolve("out.yaml").toString(), "--explain");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("captured /training/hyperparameters: changed in the new capture\n")
                .contains("previous /uses/direct_use: written by a person (in " + readme + ")\n");
    }

    @Test
    void aCapturedFieldTheNewCaptureLacksIsKeptWithAWarningOrDroppedOnRequest() throws Exception {
        ModelCard card = CardCodec.fromJson(Files.readString(captured), "new.json");
        Files.writeString(captured, CardCodec.toJson(CardEdit.remove(card, "/training/log", CAPTURE)));
        Path out = tmp.resolve("out.json");

        Cli.Run kept = Cli.run("merge", "--captured", captured.toString(), "--into", readme.toString(), "-o", out.toString());
        assertThat(kept.err()).contains("warning: /training/log was captured before but the new capture has no value")
                .contains("[merge/missing-captured]");
        assertThat(CardCodec.fromJson(Files.readString(out), "out.json").training().log()).isNotEmpty();

        Cli.Run dropped = Cli.run("merge", "--captured", captured.toString(), "--into", readme.toString(), "-o", out.toString(),
                "--drop-missing");
        assertThat(dropped.err()).doesNotContain("merge/missing-captured");
        assertThat(CardCodec.fromJson(Files.readString(out), "out.json").training().log()).isEmpty();
    }

    @Test
    void cardsOfDifferentModelsAreRefusedAtThePreviousCardsNameAndNothingIsWritten() throws Exception {
        ModelCard card = CardCodec.fromJson(Files.readString(captured), "new.json");
        Files.writeString(captured, CardCodec.toJson(CardEdit.set(card, "/details/name", "acme/other", CAPTURE)));
        Path out = tmp.resolve("out.json");

        Cli.Run r = Cli.run("merge", "--captured", captured.toString(), "--into", readme.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(readme + ":33:1: error: the cards are of different models:")
                .contains("[merge/different-models]");
        assertThat(out).doesNotExist();
        assertThat(r.leaksNoStackTrace()).isTrue();
    }

    @Test
    void anUnknownFormatIsAUsageErrorAndNothingIsWritten() {
        Path out = tmp.resolve("out.json");

        Cli.Run r = Cli.run("merge", "--captured", tmp.resolve("new.txt").toString(), "--into", readme.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("[input/format]");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnreadableCardIsInvalidInputAndNothingIsWritten() throws Exception {
        Files.writeString(captured, "{\"schema_version\": \"1.2\", ");
        Path out = tmp.resolve("out.json");

        Cli.Run r = Cli.run("merge", "--captured", captured.toString(), "--into", readme.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(captured + ":");
        assertThat(out).doesNotExist();
        assertThat(r.leaksNoStackTrace()).isTrue();
    }
}
