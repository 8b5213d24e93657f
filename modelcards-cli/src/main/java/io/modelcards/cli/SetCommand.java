package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards set CARD POINTER=VALUE... --by NAME}: sets card fields as a person's text (who and when recorded in
 * the card's provenance), with each pointer and value checked against the card's schema. Every edit is made in memory
 * first; the card is written once, in place or to {@code -o}, and not at all when any edit is refused.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set card fields by JSON Pointer, as written by a person (--by, and the time, go into the card's "
                + "provenance).", "VALUE is JSON when it is valid JSON of the field's type (5, 0.1, true, [\"a\",\"b\"], "
                + "{\"k\":1}), else the text as typed; --from-file sets a field to the text of a file. Edits are checked "
                + "and applied in order (POINTER=VALUE ones first, then --from-file), and nothing is written when one is refused."})
final class SetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD", description = "The card to edit: README.md, card.json or card.yaml.")
    Path input;

    @Parameters(index = "1..*", paramLabel = "POINTER=VALUE",
            description = "A field and its value, such as /details/version=1.1 or /metadata/tags=[\"nlp\"]; a last part \"-\" "
                    + "appends to a list (/metadata/tags/-=nlp).")
    List<String> assignments = List.of();

    @Option(names = "--from-file", paramLabel = "POINTER=FILE",
            description = "Set a field to the text of a UTF-8 file, such as long Markdown; repeatable.")
    List<String> fromFiles = List.of();

    @Mixin
    PersonEdit person;

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        String author = person.author();
        String when = person.time();
        Path target = person.target(input);
        List<Assignment> edits = new ArrayList<>();
        for (String a : assignments) {
            edits.add(Assignment.parse(a, "POINTER=VALUE", false));
        }
        for (String f : fromFiles) {
            edits.add(Assignment.parse(f, "--from-file POINTER=FILE", true));
        }
        if (edits.isEmpty()) {
            throw CliFailure.usage(input.toString(), "usage/no-edits", "nothing to set: give POINTER=VALUE, such as "
                    + "/details/version=1.1, or --from-file POINTER=FILE");
        }
        LoadedCard loaded = CardFiles.load(input, lenient.lenient);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CardFiles.printProblems(loaded.problems(), err);
        ModelCard card = loaded.card();
        List<String> done = new ArrayList<>();
        List<Diagnostic> refused = new ArrayList<>();
        for (Assignment e : edits) {
            Origin origin = new Origin.Human(author, Authors.fileName(e.fromFile() ? Path.of(e.value()) : input), when);
            try {
                EditValues.Applied applied = e.fromFile()
                        ? EditValues.text(card, e.pointer(), InputFiles.read(Path.of(e.value()), e.value()), origin)
                        : EditValues.typed(card, e.pointer(), e.value(), origin);
                card = applied.card();
                done.add("set " + e.pointer() + " to " + shown(applied.value(), e));
            } catch (InvalidInputException ex) {
                // Every refusal is reported, not only the first, so that one run shows all there is to fix.
                ex.problems().forEach(d -> refused.add(d.inFile(input.toString())));
            } catch (CliFailure unreadable) {
                refused.addAll(unreadable.problems()); // a --from-file that cannot be read names that file
            }
        }
        if (!refused.isEmpty()) {
            throw new CliFailure(ExitCode.INVALID, refused);
        }
        CardOutput.write(card, target, out, err);
        done.forEach(out::println);
        out.println("wrote " + target);
        out.flush();
        return ExitCode.OK;
    }

    /** The value as compact JSON cut to one short line, or the file it came from and its length. */
    private static String shown(JsonNode value, Assignment e) {
        if (e.fromFile()) {
            String text = value.asText();
            return "the text of " + e.value() + " (" + text.codePointCount(0, text.length()) + " characters)";
        }
        String s = value.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** One {@code POINTER=VALUE} (or {@code POINTER=FILE}) argument, split at its first "=". */
    record Assignment(String pointer, String value, boolean fromFile) {
        static Assignment parse(String arg, String form, boolean fromFile) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw CliFailure.usage(arg, "usage/assignment", "'" + arg + "' is not " + form + ": write it as "
                        + (fromFile ? "--from-file /uses/direct_use=uses.md" : "/details/version=1.1"));
            }
            return new Assignment(arg.substring(0, eq), arg.substring(eq + 1), fromFile);
        }
    }
}
