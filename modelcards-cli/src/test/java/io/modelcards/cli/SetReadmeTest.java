package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards set} on a README keeps its layout: only the edited section (and a rendered README's card comment) change. */
class SetReadmeTest {
    static final String AT = SetCommandTest.AT;
    static final String DIRECT_USE = "Sorting English movie reviews by sentiment for dashboards and search facets.";

    @TempDir
    Path tmp;

    @Test
    void aHubReadmeKeepsEveryOtherByte() throws Exception {
        Path readme = tmp.resolve("README.md");
        Files.copy(CommandsTest.EXAMPLE, readme);
        String before = Files.readString(readme);
        Cli.Run r = Cli.run("set", readme.toString(), "/uses/direct_use=Only for dashboards.", "--by", "alice", "--at", AT);
        assertThat(r.exitCode()).isZero();
        assertThat(before).containsOnlyOnce(DIRECT_USE);
        assertThat(Files.readString(readme)).isEqualTo(before.replace(DIRECT_USE, "Only for dashboards."));
    }

    @Test
    void aRenderedReadmeChangesOnlyTheSectionAndTheCardComment() throws Exception {
        Path readme = rendered();
        List<String> before = Files.readAllLines(readme);
        assertThat(Cli.run("set", readme.toString(), "/uses/direct_use=Only for dashboards.", "--by", "alice", "--at", AT).exitCode())
                .isZero();
        List<String> after = Files.readAllLines(readme);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).equals(DIRECT_USE)) {
                assertThat(after.get(i)).isEqualTo("Only for dashboards.");
            } else if (!before.get(i).startsWith("<!-- modelcards:card ")) {
                assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
            }
        }
    }

    @Test
    void aRenderedReadmeKeepsAPersonsOwnLayoutOfAnotherSection() throws Exception {
        Path readme = rendered();
        String odd = DIRECT_USE + "  \n\n   * an odd   list item  \n";
        Files.writeString(readme, Files.readString(readme).replace(DIRECT_USE + "\n", odd));
        assertThat(Cli.run("set", readme.toString(), "/uses/out_of_scope_use=Medical text.", "--by", "alice", "--at", AT).exitCode())
                .isZero();
        assertThat(Files.readString(readme)).contains("\n" + odd + "\n");
    }

    @Test
    void aRenderedReadmeReadsBackWithWhoSetTheField() throws Exception {
        Path readme = rendered();
        assertThat(Cli.run("set", readme.toString(), "/uses/direct_use=Only for dashboards.", "--by", "alice", "--at", AT).exitCode())
                .isZero();
        ModelCard back = SetCommandTest.read(readme);
        assertThat(back.uses().directUse()).isEqualTo("Only for dashboards.");
        SetCommandTest.assertWrittenBy(back, "/uses/direct_use", "alice", "README.md");
        assertThat(((Origin.Human) back.provenance().originOf("/uses/direct_use")).basis()).isNotNull();
    }

    @Test
    void aCapturedValueSetInARenderedReadmeIsShownInItsGeneratedPartAndReadsBack() throws Exception {
        Path readme = rendered();
        assertThat(Cli.run("set", readme.toString(), "/training/hyperparameters/all/epochs=7", "--by", "alice", "--at", AT)
                .exitCode()).isZero();
        assertThat(Files.readString(readme)).contains("| `epochs` | 7 |");
        assertThat(SetCommandTest.read(readme).training().hyperparameters().all()).containsEntry("epochs", 7);
    }

    @Test
    void aReadmeWrittenFromAJsonCardIsAReadme() throws Exception {
        Path json = tmp.resolve("card.json");
        assertThat(Cli.run("convert", CommandsTest.EXAMPLE.toString(), "-o", json.toString()).exitCode()).isZero();
        Path out = tmp.resolve("out/README.md");
        assertThat(Cli.run("set", json.toString(), "/uses/direct_use=Only for dashboards.", "--by", "alice", "--at", AT, "-o",
                out.toString()).exitCode()).isZero();
        String before = Files.readString(CommandsTest.EXAMPLE);
        assertThat(Files.readString(out)).isEqualTo(before.replace(DIRECT_USE, "Only for dashboards."));
    }

    /** The example card rendered by the built-in template, with its card comment. */
    private Path rendered() {
        Path readme = tmp.resolve("rendered/README.md");
        assertThat(Cli.run("render", CommandsTest.EXAMPLE.toString(), "-o", readme.toString()).exitCode()).isZero();
        return readme;
    }
}
