package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.cli.usage.Examples;
import io.modelcards.cli.usage.UsageHelp;
import io.modelcards.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help is wrapped between words at the width asked for, never cutting a sentence or a file name, and every command's
 * help ends with an example that the command accepts. Exact output is kept in {@code src/test/resources/help/}.
 */
class HelpTextTest {
    /** The widths checked: narrow (a split pane), picocli's own minimum, the classic one, and wide screens. */
    static final int[] WIDTHS = {40, 55, 80, 120, 200};

    /** Every command of the tree by its arguments ({@code ["templates", "show"]}), derived from the code. */
    static List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        walk(new CommandLine(new ModelcardsCommand()), new ArrayList<>(), out);
        return out;
    }

    private static void walk(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            walk(sub, next, out);
        });
    }

    static Stream<Arguments> commandsAtWidths() {
        return commands().stream().flatMap(c -> Arrays.stream(WIDTHS).mapToObj(w -> Arguments.of(c, w)));
    }

    static Cli.Run help(int width, List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), () -> width);
        return new Cli.Run(code, out.toString(), err.toString());
    }

    static CommandSpec spec(List<String> command) {
        CommandLine cl = new CommandLine(new ModelcardsCommand());
        for (String name : command) {
            cl = cl.getSubcommands().get(name);
        }
        return cl.getCommandSpec();
    }

    @ParameterizedTest
    @MethodSource("commandsAtWidths")
    void noHelpLineIsWiderThanTheTerminalUnlessItIsOneWord(List<String> command, int width) {
        Cli.Run r = help(width, command);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().filter(l -> l.length() > width && l.strip().contains(" ")).toList()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commandsAtWidths")
    void everyWordOfEveryDescriptionIsPrintedWhole(List<String> command, int width) {
        Set<String> printed = new HashSet<>(Arrays.asList(help(width, command).out().split("\\s+")));
        CommandSpec spec = spec(command);
        List<String> texts = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
        for (ArgSpec a : spec.args()) {
            if (!a.hidden()) {
                texts.addAll(Arrays.asList(a.description()));
            }
        }
        List<String> words = texts.stream().flatMap(t -> Arrays.stream(t.strip().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
        assertThat(words).isNotEmpty();
        assertThat(words.stream().filter(w -> !printed.contains(w)).toList()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandListsAnExampleItAccepts(List<String> command) {
        String qualified = spec(command).qualifiedName(" ");
        List<String> examples = Examples.of(qualified);
        assertThat(examples).as("examples of %s", qualified).isNotEmpty();
        assertThat(help(80, command).out()).contains(examples.size() == 1 ? "\nExample:\n" : "\nExamples:\n");
        for (String example : examples) {
            String line = example.startsWith("source <(") ? example.substring(9, example.length() - 1) : example;
            List<String> args = words(line);
            assertThat(args.get(0)).isEqualTo("modelcards");
            CommandLine.ParseResult parsed = new CommandLine(new ModelcardsCommand())
                    .parseArgs(args.subList(1, args.size()).toArray(String[]::new));
            List<String> reached = new ArrayList<>();
            for (CommandLine.ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
                reached.add(p.commandSpec().name());
            }
            assertThat(reached).as("the command that %s runs", example).hasSizeGreaterThanOrEqualTo(command.size());
            assertThat(reached.subList(0, command.size())).as("the command that %s runs", example).isEqualTo(command);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandSummaryIsAWholeSentence(List<String> command) {
        assertThat(UsageHelp.summary(spec(command))).endsWith(".").doesNotContain(". ");
    }

    @Test
    void theCommandListShowsEachSubcommandsFirstSentence() {
        String out = help(200, List.of()).out();
        assertThat(out).contains("\n  profile          Profile a dataset: CSV, TSV, JSONL or Parquet files (optionally .gz or .zst), "
                + "or folders of shards.\n");
        assertThat(out).contains("\n  validate         Validate cards offline.\n");
    }

    static Stream<Arguments> goldens() {
        return Stream.of(List.<String>of(), List.of("profile"), List.of("completion"))
                .flatMap(c -> Stream.of(40, 80, 200).map(w -> Arguments.of(c, w)));
    }

    /** The words of a shell line: split at spaces, except inside double quotes, which group words as the shell does. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void helpIsExactlyAsKeptAtEachWidth(List<String> command, int width) {
        String name = command.isEmpty() ? "modelcards" : command.stream().collect(Collectors.joining("-"));
        Golden.assertMatches("help/" + name + "-" + width + ".txt", help(width, command).out());
    }
}
