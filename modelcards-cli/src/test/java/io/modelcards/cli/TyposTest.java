package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mistyped subcommand or option is a usage problem (exit 2) that names the nearest valid name when one is close. */
class TyposTest {

    @Test
    void aMistypedSubcommandSuggestsTheNearestOne() {
        Cli.Run r = Cli.run("rendr", "card.json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("rendr:0:0: error: modelcards has no command 'rendr': did you mean 'render'? "
                + "'modelcards --help' lists them all [usage/command]\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMistypedNestedSubcommandSuggestsTheNearestOneOfItsParent() {
        Cli.Run r = Cli.run("templates", "lst");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("lst:0:0: error: modelcards templates has no command 'lst': did you mean 'list'? "
                + "'modelcards templates --help' lists them all [usage/command]\n");
    }

    @Test
    void aSubcommandFarFromEveryNameGetsNoGuess() {
        Cli.Run r = Cli.run("kubernetes", "card.json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("kubernetes:0:0: error: modelcards has no command 'kubernetes': "
                + "'modelcards --help' lists them all [usage/command]\n");
    }

    @Test
    void aMistypedOptionSuggestsTheNearestOptionOfItsSubcommand() {
        Cli.Run r = Cli.run("render", "card.json", "--fromat", "md");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("--fromat:0:0: error: modelcards render has no option '--fromat': did you mean "
                + "'--format'? 'modelcards render --help' lists them all [usage/option]\n");
    }

    @Test
    void aMistypedOptionWithAnAttachedValueIsNamedWithoutTheValue() {
        Cli.Run r = Cli.run("render", "--fromat=md", "card.json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("--fromat:0:0: error: modelcards render has no option '--fromat': did you mean "
                + "'--format'? 'modelcards render --help' lists them all [usage/option]\n");
    }

    @Test
    void aMissingLetterInAnOptionIsFound() {
        Cli.Run r = Cli.run("validate", "--rule", "hf", "README.md");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("--rule:0:0: error: modelcards validate has no option '--rule': did you mean "
                + "'--rules'? 'modelcards validate --help' lists them all [usage/option]\n");
    }

    @Test
    void theStartOfALongerOptionIsFound() {
        Cli.Run r = Cli.run("render", "card.json", "--out", "card.html");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("--out:0:0: error: modelcards render has no option '--out': did you mean "
                + "'--output'? 'modelcards render --help' lists them all [usage/option]\n");
    }

    @Test
    void aMistypedOptionOfTheRootCommandIsFound() {
        Cli.Run r = Cli.run("--hlep");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("--hlep:0:0: error: modelcards has no option '--hlep': did you mean '--help'? "
                + "'modelcards --help' lists them all [usage/option]\n");
    }

    @Test
    void anUnknownShortOptionGetsNoGuessBecauseEveryLetterIsOneEditAway() {
        Cli.Run r = Cli.run("render", "-x", "card.json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("-x:0:0: error: modelcards render has no option '-x': "
                + "'modelcards render --help' lists them all [usage/option]\n");
    }

    @Test
    void aSurplusArgumentIsNotATypoAndKeepsPicocliMessage() {
        Cli.Run r = Cli.run("render", "a.json", "b.json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("modelcards: Unmatched argument at index 2: 'b.json'\n"
                + "Try 'modelcards render --help' for usage.\n");
    }
}
