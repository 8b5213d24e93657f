package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class UsageTest {

    @Test
    void noSubcommandIsAUsageErrorThatListsTheSubcommands() {
        Cli.Run r = Cli.run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("modelcards: missing subcommand: use one of [demo, profile, import, convert, render, validate, merge, "
                        + "set, confirm, diff, serve, users, tokens, push, submit, approve, request-changes, comment, publish, deprecate, "
                        + "archive, show, export, search, gate, audit, templates, completion]");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAHelpHint() {
        Cli.Run r = Cli.run("render", "x.json", "--colour");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--colour:0:0: error: modelcards render has no option '--colour': "
                + "'modelcards render --help' lists them all [usage/option]\n");
    }

    /** Every subcommand the root command declares, so that a new one is checked without editing this test. */
    static Set<String> subcommands() {
        return new CommandLine(new ModelcardsCommand()).getSubcommands().keySet();
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandHasHelpThatExitsZero(String sub) {
        Cli.Run r = Cli.run(sub, "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: modelcards " + sub);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void convertWithoutOutputIsAUsageError() {
        Cli.Run r = Cli.run("convert", "card.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("modelcards: Missing required option: '--output=OUT'");
    }

    @Test
    void mergeWithoutThePreviousCardIsAUsageError() {
        Cli.Run r = Cli.run("merge", "--captured", "new.json", "-o", "README.md");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("modelcards: Missing required option: '--into=PREVIOUS'");
    }

    @Test
    void anInputWithAnUnknownExtensionIsAUsageErrorNamingTheAcceptedOnes() {
        Cli.Run r = Cli.run("import", "card.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("card.txt:0:0: error: unknown card format: use a .md (Hugging Face README), .json or "
                + ".yaml/.yml file [input/format]\n");
    }

    @Test
    void aMissingInputFileIsInvalidInput() {
        Cli.Run r = Cli.run("convert", "does-not-exist.json", "-o", "x.yaml");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("does-not-exist.json:0:0: error: no such file: check the path [input/not-found]\n");
    }

    @Test
    void versionPrintsTheCommandName() {
        Cli.Run r = Cli.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("modelcards ");
    }
}
