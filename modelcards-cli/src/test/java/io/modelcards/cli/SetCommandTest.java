package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardReader;
import io.modelcards.staleness.Staleness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards set}: values by pointer as a person's text, in place or to -o, with the rule for reading values. */
class SetCommandTest {
    static final String AT = "2026-12-06T05:00:00Z";

    @TempDir
    Path tmp;

    Path card;

    @BeforeEach
    void cardJson() {
        card = tmp.resolve("card.json");
        assertThat(Cli.run("convert", CommandsTest.EXAMPLE.toString(), "-o", card.toString()).exitCode()).isZero();
    }

    static ModelCard read(Path p) throws Exception {
        return CardReader.read(p, false).card();
    }

    @Test
    void setWritesTheCardInPlaceAndSaysWhatItSet() throws Exception {
        Cli.Run r = Cli.run("set", card.toString(), "/uses/out_of_scope_use=Medical text.", "--by", "alice", "--at", AT);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("set /uses/out_of_scope_use to \"Medical text.\"\nwrote " + card + "\n");
        assertThat(read(card).uses().outOfScopeUse()).isEqualTo("Medical text.");
    }

    /** Asserts that {@code card} records {@code pointer} as written by {@code author} in {@code file} at {@link #AT}. */
    static void assertWrittenBy(ModelCard card, String pointer, String author, String file) {
        assertThat(card.provenance().originOf(pointer)).isInstanceOfSatisfying(Origin.Human.class, h -> {
            assertThat(List.of(h.author(), h.file(), h.at())).containsExactly(author, file, AT);
            assertThat(h.confirmed()).isNull();
        });
    }

    @Test
    void theProvenanceNamesTheAuthorTheCardFileAndTheTime() throws Exception {
        assertThat(Cli.run("set", card.toString(), "/uses/direct_use=Dashboards.", "--by", "alice", "--at", AT).exitCode()).isZero();
        assertWrittenBy(read(card), "/uses/direct_use", "alice", "card.json");
    }

    @Test
    void theTextIsRecordedAsWrittenAgainstTheCardsFactsAfterTheEdits() throws Exception {
        assertThat(Cli.run("set", card.toString(), "/uses/direct_use=Dashboards.", "/details/version=2.0", "--by", "alice", "--at", AT)
                .exitCode()).isZero();
        ModelCard c = read(card);
        assertThat(((Origin.Human) c.provenance().originOf("/uses/direct_use")).basis()).isNotNull();
        assertThat(Staleness.of(c)).isEmpty();
    }

    @Test
    void withoutAtTheTimeIsNowToTheSecond() throws Exception {
        assertThat(Cli.run("set", card.toString(), "/uses/direct_use=Dashboards.", "--by", "alice").exitCode()).isZero();
        Origin.Human h = (Origin.Human) read(card).provenance().originOf("/uses/direct_use");
        assertThat(h.at()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void aValueIsJsonWhenTheFieldTakesThatJson() throws Exception {
        Cli.Run r = Cli.run("set", card.toString(), "/metadata/tags=[\"nlp\",\"demo\"]", "/training/hyperparameters/all/epochs=12",
                "--by", "alice", "--at", AT);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("set /metadata/tags to [\"nlp\",\"demo\"]\nset /training/hyperparameters/all/epochs to 12\n");
        ModelCard c = read(card);
        assertThat(c.metadata().tags()).containsExactly("nlp", "demo");
        assertThat(c.training().hyperparameters().all()).containsEntry("epochs", 12);
    }

    @Test
    void aNumberForATextFieldIsTheTextAsTyped() throws Exception {
        Cli.Run r = Cli.run("set", card.toString(), "/details/version=1.10", "--by", "alice", "--at", AT);
        assertThat(r.out()).startsWith("set /details/version to \"1.10\"\n");
        assertThat(read(card).details().version()).isEqualTo("1.10");
    }

    @Test
    void fromFileSetsTheFilesTextAndNamesThatFile() throws Exception {
        Path uses = tmp.resolve("uses.md");
        Files.writeString(uses, "Sorting reviews.\n\n- dashboards\n- search ✓\n");
        Cli.Run r = Cli.run("set", card.toString(), "--from-file", "/uses/direct_use=" + uses, "--by", "bob", "--at", AT);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("set /uses/direct_use to the text of " + uses + " (42 characters)\nwrote " + card + "\n");
        ModelCard c = read(card);
        assertThat(c.uses().directUse()).isEqualTo("Sorting reviews.\n\n- dashboards\n- search ✓\n");
        assertWrittenBy(c, "/uses/direct_use", "bob", "uses.md");
    }

    @Test
    void outputWritesAnotherFileInItsOwnFormatAndLeavesTheCardAlone() throws Exception {
        byte[] before = Files.readAllBytes(card);
        Path yaml = tmp.resolve("edited.yaml");
        Cli.Run r = Cli.run("set", card.toString(), "/details/version=2.0", "--by", "alice", "--at", AT, "-o", yaml.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readAllBytes(card)).isEqualTo(before);
        assertThat(Files.readString(yaml)).startsWith("schema_version: ");
        assertThat(read(yaml).details().version()).isEqualTo("2.0");
    }

    @Test
    void editsApplyInOrderSoALaterOneWins() throws Exception {
        assertThat(Cli.run("set", card.toString(), "/details/version=1", "/details/version=2", "--by", "a", "--at", AT).exitCode())
                .isZero();
        assertThat(read(card).details().version()).isEqualTo("2");
    }

    @Test
    void aFreeKeyTakesAnyJsonAndTextOtherwise() throws Exception {
        assertThat(Cli.run("set", card.toString(), "/metadata/extra/reviewed={\"by\":\"qa\"}", "/metadata/extra/note=ok then",
                "--by", "a", "--at", AT).exitCode()).isZero();
        assertThat(read(card).metadata().extra()).containsEntry("reviewed", Map.of("by", "qa")).containsEntry("note", "ok then");
    }

    @Test
    void appendingToAListAddsAnElement() throws Exception {
        List<String> tags = read(card).metadata().tags();
        assertThat(Cli.run("set", card.toString(), "/metadata/tags/-=reviewed", "--by", "a", "--at", AT).exitCode()).isZero();
        assertThat(read(card).metadata().tags()).hasSize(tags.size() + 1).endsWith("reviewed");
    }
}
