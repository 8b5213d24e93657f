package io.modelcards.cli.usage;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.validate.Nearest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Explains an unknown subcommand or option as one usage problem that names the nearest valid name, if one is close
 * ({@code rendr:0:0: error: modelcards has no command 'rendr': did you mean 'render'? ...}). The file of the problem is
 * the argument as typed, as for every other usage problem of the command.
 */
public final class Typos {
    /** Problem code of an unknown option. */
    public static final String OPTION = "usage/option";
    /** Problem code of an unknown subcommand. */
    public static final String COMMAND = "usage/command";

    private Typos() {}

    /**
     * The problem that explains {@code ex}, or empty when it is not about an unknown option or subcommand (a missing
     * value, a surplus file name), which picocli's own message explains.
     *
     * @param ex what picocli refused
     * @return one usage problem, or empty
     */
    public static Optional<Diagnostic> explain(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        CommandSpec spec = u.getCommandLine().getCommandSpec();
        String arg = u.getUnmatched().get(0);
        String command = spec.qualifiedName(" ");
        if (u.isUnknownOption()) {
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Optional<String> near = nearestOption(option, optionNames(spec));
            return Optional.of(problem(option, OPTION, command + " has no option '" + option + "'", near, command));
        }
        if (spec.subcommands().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> near = Nearest.amongNames(arg, commandNames(spec));
        return Optional.of(problem(arg, COMMAND, command + " has no command '" + arg + "'", near, command));
    }

    /**
     * The one option that {@code option} begins ({@code --out} for {@code --output}), else the nearest by
     * {@link Nearest}. One letter after a dash is too short to guess from: every other short option is one edit away.
     */
    private static Optional<String> nearestOption(String option, List<String> names) {
        if (option.replace("-", "").length() < 2) {
            return Optional.empty();
        }
        List<String> longer = names.stream().filter(n -> option.startsWith("--") && n.startsWith(option)).toList();
        return longer.size() == 1 ? Optional.of(longer.get(0)) : Nearest.amongNames(option, names);
    }

    private static Diagnostic problem(String arg, String code, String what, Optional<String> near, String command) {
        String hint = near.map(n -> "did you mean '" + n + "'? ").orElse("");
        return Diagnostic.error(arg, 0, 0, code, what + ": " + hint + "'" + command + " --help' lists them all");
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                names.addAll(List.of(o.names()));
            }
        }
        return names;
    }

    private static List<String> commandNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            if (!s.usageMessage().hidden() && !names.contains(s.name())) {
                names.add(s.name());
            }
        }
        return names;
    }
}
