package io.modelcards.cli;

import io.modelcards.render.card.BuiltinTemplate;
import io.modelcards.render.card.BuiltinTemplates;
import io.modelcards.validate.Nearest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards templates list|show NAME}: names the built-in templates, and prints one's source so that a person
 * can start their own template from it; saved and passed back with {@code render --template}, it renders the same
 * bytes as the built-in.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "List the built-in templates, or print one to start your own template from.",
        subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.Show.class})
final class TemplatesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: use one of " + spec.subcommands().keySet());
    }

    /** The built-in template ids in their order. */
    static List<String> ids() {
        return Arrays.stream(BuiltinTemplate.values()).map(BuiltinTemplate::id).toList();
    }

    /** {@code templates list}: one line per built-in, its id and what it is for. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the built-in templates, one a line.")
    static final class ListTemplates implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            int width = ids().stream().mapToInt(String::length).max().orElse(0) + 2;
            PrintWriter out = spec.commandLine().getOut();
            for (BuiltinTemplate t : BuiltinTemplate.values()) {
                out.print(String.format("%-" + width + "s%s", t.id(), t.purpose()) + "\n");
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code templates show NAME [-o FILE]}: a built-in's source, ready to save and edit. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Print a built-in template's source; saved and passed to render --template, it renders as the "
                    + "built-in does.", "The variables it uses are listed in docs/templates.md."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "A built-in template, as templates list names it.")
        String name;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here; default: stdout.")
        Path output;

        @Override
        public Integer call() {
            BuiltinTemplate template = BuiltinTemplate.byId(name);
            if (template == null) {
                String hint = Nearest.amongNames(name, ids()).map(n -> "did you mean '" + n + "'?")
                        .orElse("use one of " + String.join(", ", ids()) + ".");
                throw CliFailure.usage(name, "usage/template", "no built-in template is called '" + name + "': " + hint
                        + " modelcards templates list names them all");
            }
            OutputFiles.write(output, BuiltinTemplates.file(template), spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
