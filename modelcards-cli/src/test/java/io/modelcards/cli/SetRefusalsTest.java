package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards set} refuses bad pointers, values and arguments with one diagnostic each, and then writes nothing. */
class SetRefusalsTest {
    @TempDir
    Path tmp;

    Path card;
    byte[] before;

    @BeforeEach
    void cardJson() throws Exception {
        card = tmp.resolve("card.json");
        assertThat(Cli.run("convert", CommandsTest.EXAMPLE.toString(), "-o", card.toString()).exitCode()).isZero();
        before = Files.readAllBytes(card);
    }

    Cli.Run set(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "set";
        all[1] = card.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 2] = "--by";
        all[all.length - 1] = "alice";
        return Cli.run(all);
    }

    void assertNothingWritten() throws Exception {
        assertThat(Files.readAllBytes(card)).isEqualTo(before);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("card.json");
        }
    }

    @Test
    void aMistypedPointerIsRefusedWithTheNearestField() throws Exception {
        Cli.Run r = set("/details/verison=1.1");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(card + ":0:0: error: /details/verison is not a card field: did you mean /details/version? "
                + "[edit/unknown-pointer]\n");
        assertNothingWritten();
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheTypeAndNothingIsWrittenThoughAnotherEditWasFine() throws Exception {
        Cli.Run r = set("/details/version=1.1", "/training/hyperparameters=3");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(card + ":0:0: error: /training/hyperparameters takes an object, not the number 3: give an object "
                + "instead [edit/wrong-type]\n");
        assertNothingWritten();
    }

    @Test
    void jsonThatDoesNotFitIsReportedAsJson() throws Exception {
        Cli.Run r = set("/metadata/tags=[\"a\",1]");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(card + ":0:0: error: /metadata/tags/1 takes text, not the number 1: give text instead "
                + "[edit/wrong-type]\n");
        assertNothingWritten();
    }

    @Test
    void everyRefusedEditIsReportedInOneRun() throws Exception {
        Cli.Run r = set("/schema_version=9", "/details/verison=1");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err()).contains("[edit/read-only]\n").contains("[edit/unknown-pointer]\n");
        assertNothingWritten();
    }

    @Test
    void aPointerWithoutTheLeadingSlashIsRefused() throws Exception {
        Cli.Run r = set("details/version=1.1");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).endsWith("[edit/bad-pointer]\n");
        assertNothingWritten();
    }

    @Test
    void aFromFileThatIsMissingIsInvalidInputNamingThatFile() throws Exception {
        Cli.Run r = set("--from-file", "/uses/direct_use=nope.md");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("nope.md:0:0: error: no such file: check the path [input/not-found]\n");
        assertNothingWritten();
    }

    @Test
    void anArgumentWithoutEqualsIsAUsageError() throws Exception {
        Cli.Run r = set("/details/version");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("/details/version:0:0: error: '/details/version' is not POINTER=VALUE: write it as "
                + "/details/version=1.1 [usage/assignment]\n");
        assertNothingWritten();
    }

    @Test
    void nothingToSetIsAUsageError() throws Exception {
        Cli.Run r = set();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).endsWith("nothing to set: give POINTER=VALUE, such as /details/version=1.1, or --from-file "
                + "POINTER=FILE [usage/no-edits]\n");
        assertNothingWritten();
    }

    @Test
    void byIsRequired() throws Exception {
        Cli.Run r = Cli.run("set", card.toString(), "/details/version=1.1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("modelcards: Missing required option: '--by=NAME'");
        assertNothingWritten();
    }

    @Test
    void aBlankAuthorIsAUsageError() throws Exception {
        Cli.Run r = Cli.run("set", card.toString(), "/details/version=1.1", "--by", " ");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).endsWith("[usage/by]\n");
        assertNothingWritten();
    }

    @Test
    void aTimeThatIsNotAnInstantIsAUsageError() throws Exception {
        Cli.Run r = set("/details/version=1.1", "--at", "yesterday");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--at:0:0: error: --at 'yesterday' is not an ISO-8601 instant: write it like "
                + "2026-12-06T05:00:00Z [usage/at]\n");
        assertNothingWritten();
    }

    @Test
    void anOutputWithAnUnknownExtensionIsAUsageError() throws Exception {
        Cli.Run r = set("/details/version=1.1", "-o", tmp.resolve("card.txt").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).endsWith("[input/format]\n");
        assertNothingWritten();
    }
}
