package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.staleness.Staleness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards confirm} on a rendered README: only the card comment changes, and the confirmation reads back. */
class ConfirmReadmeTest {
    @TempDir
    Path tmp;

    @Test
    void aRenderedReadmeChangesOnlyItsCardCommentAndTheConfirmationReadsBack() throws Exception {
        Path readme = tmp.resolve("rendered/README.md");
        assertThat(Cli.run("render", CommandsTest.EXAMPLE.toString(), "-o", readme.toString()).exitCode()).isZero();
        ConfirmCommandTest.makeStale(readme);
        assertThat(Staleness.of(SetCommandTest.read(readme))).isNotEmpty();
        List<String> before = Files.readAllLines(readme);
        Cli.Run r = Cli.run("confirm", readme.toString(), "--field", "/uses/direct_use", "--by", "bob", "--at", ConfirmCommandTest.LATER);
        assertThat(r.exitCode()).isZero();
        List<String> after = Files.readAllLines(readme);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).startsWith("<!-- modelcards:card ")) {
                assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
            }
        }
        ModelCard back = SetCommandTest.read(readme);
        assertThat(Staleness.of(back)).isEmpty();
        assertThat(((Origin.Human) back.provenance().originOf("/uses/direct_use")).confirmed())
                .isEqualTo(new Origin.Confirmation("bob", ConfirmCommandTest.LATER));
    }
}
