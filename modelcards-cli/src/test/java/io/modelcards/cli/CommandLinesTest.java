package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.cli.usage.UsageHelp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A run that names one subcommand builds only it, and that subcommand is the same as in the whole tree. */
class CommandLinesTest {
    /** Every subcommand of the whole tree. */
    static List<String> subcommands() {
        return new ArrayList<>(UsageTest.subcommands());
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void aNamedSubcommandIsTheOnlyOneBuiltExceptCompletion(String name) {
        CommandLine lean = CommandLines.forArgs(new String[] {name, "--help"});
        if (name.equals("completion")) {
            assertThat(lean.getSubcommands()).hasSameSizeAs(UsageTest.subcommands());
        } else {
            assertThat(lean.getSubcommands()).containsOnlyKeys(name);
        }
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void aSubcommandBuiltAloneHelpsAndNamesItselfAsInTheWholeTree(String name) {
        CommandLine whole = new CommandLine(new ModelcardsCommand()).getSubcommands().get(name);
        CommandLine alone = CommandLines.forArgs(new String[] {name}).getSubcommands().get(name);
        assertThat(alone.getCommand().getClass()).isEqualTo(whole.getCommand().getClass());
        assertSame(alone, whole);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "profle", "-x", "completion"})
    void argumentsThatStartWithNoSubcommandNameGetTheWholeTree(String first) {
        assertThat(CommandLines.forArgs(new String[] {first}).getSubcommands()).hasSameSizeAs(UsageTest.subcommands());
    }

    /** The same help, qualified name and nested subcommands, all the way down. */
    private static void assertSame(CommandLine alone, CommandLine whole) {
        assertThat(alone.getCommandSpec().qualifiedName(" ")).isEqualTo(whole.getCommandSpec().qualifiedName(" "));
        assertThat(UsageHelp.render(alone.getCommandSpec(), 100)).isEqualTo(UsageHelp.render(whole.getCommandSpec(), 100));
        assertThat(alone.getSubcommands().keySet()).containsExactlyElementsOf(whole.getSubcommands().keySet());
        for (Map.Entry<String, CommandLine> e : whole.getSubcommands().entrySet()) {
            assertSame(alone.getSubcommands().get(e.getKey()), e.getValue());
        }
    }
}
