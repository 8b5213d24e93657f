package io.modelcards.cli.usage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Prints the help of every command, wrapped between words at the terminal's width (any width: picocli's own layout
 * stops at 55 columns and breaks file names at their dots). Sections: usage, description, arguments, options,
 * commands (each with the first sentence of its description), exit codes, and examples from {@link Examples}.
 */
public final class UsageHelp {
    /** The narrowest layout; a narrower terminal wraps the lines itself. */
    public static final int MIN_WIDTH = 20;

    private static final String SECTION = "modelcards";
    /** A description line such as {@code "  hf   Hugging Face rules"}: its wrapped lines align after the term. */
    private static final Pattern TERM = Pattern.compile("^( +\\S+ {2,})(.*)$");
    /** The end of a first sentence: a full stop before a capital letter, or at the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?= +[A-Z])|\\.$");

    private UsageHelp() {}

    /**
     * Makes {@code command} and all its subcommands print this help, at the width {@code width} gives when help is asked
     * for (so that no terminal is measured unless help is printed).
     */
    public static void install(CommandLine command, IntSupplier width) {
        command.setHelpSectionKeys(List.of(SECTION));
        command.getHelpSectionMap().put(SECTION, help -> render(command.getCommandSpec(), width.getAsInt()));
        for (CommandLine sub : command.getSubcommands().values()) {
            install(sub, width);
        }
    }

    /** The help of {@code spec} wrapped to {@code width} columns (at least {@link #MIN_WIDTH}). */
    public static String render(CommandSpec spec, int width) {
        int w = Math.max(MIN_WIDTH, width);
        StringBuilder b = new StringBuilder();
        String usage = "Usage: " + spec.qualifiedName(" ") + " ";
        Wrap.append(b, "Usage: ", synopsis(spec), Math.min(usage.length(), w / 2), w, "");
        for (String line : spec.usageMessage().description()) {
            Matcher m = TERM.matcher(line);
            if (m.matches()) {
                Wrap.append(b, m.group(1), m.group(2), Math.min(m.group(1).length(), w / 2), w, "");
            } else {
                Wrap.append(b, "", line, 0, w, "");
            }
        }
        section(b, "Arguments:", arguments(spec), w);
        section(b, "Options:", options(spec), w);
        section(b, "Commands:", commands(spec), w);
        section(b, "Exit codes:", exitCodes(spec), w);
        List<String> examples = Examples.of(spec.qualifiedName(" "));
        if (!examples.isEmpty()) {
            b.append('\n').append(examples.size() == 1 ? "Example:" : "Examples:").append('\n');
            examples.forEach(e -> Wrap.append(b, "  ", e, 6, w, " \\"));
        }
        return b.toString();
    }

    /** The first sentence of a command's description: what the command list shows for it. */
    public static String summary(CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        String first = description.length == 0 ? "" : description[0].strip();
        Matcher m = SENTENCE_END.matcher(first);
        return m.find() ? first.substring(0, m.end()) : first;
    }

    private static String synopsis(CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of(spec.qualifiedName(" ").split(" ")));
        if (spec.options().stream().anyMatch(o -> !o.hidden())) {
            words.add("[OPTIONS]");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
                words.add(p.arity().min() == 0 ? "[" + label + "]" : label);
            }
        }
        if (!spec.subcommands().isEmpty()) {
            words.add("COMMAND");
        }
        return String.join(" ", words);
    }

    private record Row(String label, String text) {}

    private static List<Row> arguments(CommandSpec spec) {
        return spec.positionalParameters().stream().filter(p -> !p.hidden())
                .map(p -> new Row(p.paramLabel(), String.join(" ", p.description()))).toList();
    }

    private static List<Row> options(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden())
                .sorted(Comparator.comparing(o -> o.shortestName().replace("-", "").toLowerCase(Locale.ROOT)))
                .map(o -> new Row(label(o), String.join(" ", o.description()))).toList();
    }

    private static String label(OptionSpec o) {
        List<String> shorts = new ArrayList<>();
        List<String> longs = new ArrayList<>();
        for (String n : o.names()) {
            (n.startsWith("--") ? longs : shorts).add(n);
        }
        String names = String.join(", ", shorts) + (shorts.isEmpty() || longs.isEmpty() ? "" : ", ") + String.join(", ", longs);
        String value = o.arity().max() == 0 ? "" : "=" + o.paramLabel();
        return (shorts.isEmpty() ? "    " : "") + names + value;
    }

    private static List<Row> commands(CommandSpec spec) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (!sub.usageMessage().hidden() && e.getKey().equals(sub.name())) {
                rows.add(new Row(sub.name(), summary(sub)));
            }
        }
        return rows;
    }

    private static List<Row> exitCodes(CommandSpec spec) {
        return spec.usageMessage().exitCodeList().entrySet().stream().map(e -> new Row(e.getKey().strip(), e.getValue()))
                .toList();
    }

    /**
     * Two columns: labels, then text wrapped beside them. A label too long for its column stands on its own line and
     * its text starts on the next one, so the text column stays wide enough to read at any width.
     */
    private static void section(StringBuilder b, String heading, List<Row> rows, int width) {
        if (rows.isEmpty()) {
            return;
        }
        b.append('\n').append(heading).append('\n');
        int longest = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        int column = Math.max(4, Math.min(2 + longest + 2, Math.min(Math.max(18, width * 2 / 5), width - 20)));
        for (Row r : rows) {
            String label = "  " + r.label();
            if (r.text().isBlank()) {
                b.append(label).append('\n');
            } else if (label.length() + 2 <= column) {
                Wrap.append(b, label + " ".repeat(column - label.length()), r.text(), column, width, "");
            } else {
                b.append(label).append('\n');
                Wrap.append(b, " ".repeat(column), r.text(), column, width, "");
            }
        }
    }
}
